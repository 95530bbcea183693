package com.roboplanet.soconnector.sandbox.archives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.entities.SaleRow;
import com.roboplanet.soconnector.sandbox.entities.Tenant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterParserTest {
    private final FilterParser parser = new FilterParser(new ArchiveColumns(
            new Tenant(SandboxOptions.builder().seed(1).salesCount(20).build()).customers()));
    private final ArchiveRow row = new ArchiveRow(
            new SaleRow(
                    5,
                    "It's 2x BellaBot",
                    LocalDateTime.of(2024, 5, 28, 10, 0),
                    100.0,
                    2,
                    3,
                    "Hotel",
                    5,
                    1,
                    null,
                    List.of(),
                    Map.of("SuperOffice:1", "PD-BB-01", "SuperOffice:2", "2")),
            null);

    private boolean matches(String filter) {
        return parser.parse(filter).predicate().test(row);
    }

    @Test
    void parse_numericOperators_compare() {
        assertThat(matches("saleId eq 5")).isTrue();
        assertThat(matches("saleId = 5")).isTrue();
        assertThat(matches("saleId ne 5")).isFalse();
        assertThat(matches("contact/contactId gt 0")).isTrue();
        assertThat(matches("amount lt 100")).isFalse();
        assertThat(matches("saleId between (1,5)")).isTrue();
        assertThat(matches("saleStatus oneOf (1,2)")).isTrue();
        assertThat(matches("associateId eq 1")).isTrue();
    }

    @Test
    void parse_userDefinedFieldColumn_filtersLikeText() {
        assertThat(matches("saleUdef/SuperOffice:1 eq 'PD-BB-01'")).isTrue();
        assertThat(matches("saleUdef/SuperOffice:1 begins 'RR-'")).isFalse();
        assertThat(matches("saleUdef/SuperOffice:2 eq '2'")).isTrue();
    }

    @Test
    void parse_stringOperators_areCaseInsensitiveWithEscapes() {
        assertThat(matches("heading contains 'bellabot'")).isTrue();
        assertThat(matches("heading begins 'It\\'s'")).isTrue();
        assertThat(matches("heading eq 'nope'")).isFalse();
    }

    @Test
    void parse_dateOperators_compareDaysAndTimes() {
        assertThat(matches("date before '2024-05-29'")).isTrue();
        assertThat(matches("date after '2024-05-28'")).isFalse();
        assertThat(matches("date afterTime '2024-05-28T09:59:59'")).isTrue();
        assertThat(matches("date between ('2024-05-01','2024-05-31')")).isTrue();
        assertThat(matches("updatedDate after '2000-01-01'")).isFalse();
    }

    @Test
    void parse_andBindsTighterThanOr_bracketsOverride() {
        assertThat(matches("saleId eq 1 or saleId eq 5 and amount gt 1000")).isFalse();
        assertThat(matches("saleId eq 5 or saleId eq 1 and amount gt 1000")).isTrue();
        assertThat(matches("(saleId eq 5 or saleId eq 1) and amount gt 1000")).isFalse();
    }

    @Test
    void parse_oneAndChain_listsItsComparisonsForTheArchiveToStartAt() {
        var parsed = parser.parse("contact/contactId gt 0 and (saleId eq 1 or saleId eq 5) and saleId lt 341500");

        assertThat(parsed.conjuncts())
                .extracting(c -> c.column().name() + " " + c.operator() + " "
                        + c.operands().get(0).text())
                .containsExactly("contact/contactId gt 0", "saleId lt 341500");
        assertThat(parser.parse("saleId lt 9 or saleId gt 20").conjuncts()).isEmpty();
    }

    @Test
    void parse_twoColumnKeysetTerm_keepsTheRowsPastTheKey() {
        assertThat(matches("(saleId lt 6 or (saleId eq 6 and personId lt 1))")).isTrue();
        assertThat(matches("(saleId lt 5 or (saleId eq 5 and personId lt 6))")).isTrue();
        assertThat(matches("(saleId lt 5 or (saleId eq 5 and personId lt 5))")).isFalse();
    }

    @Test
    void parse_leGeNotEnds_areRefused() {
        for (String filter : List.of("contactId le 5", "contactId ge 5", "heading notEnds 'x'")) {
            assertThatThrownBy(() -> parser.parse(filter))
                    .isInstanceOf(QueryException.class)
                    .hasMessageContaining("not supported");
        }
    }

    @Test
    void parse_unknownColumnOrBadSyntax_saysWhatAndWhere() {
        assertThatThrownBy(() -> parser.parse("Contact ne null")).hasMessageContaining("Unknown column 'Contact'");
        assertThatThrownBy(() -> parser.parse("saleId eq")).hasMessageContaining("needs exactly one value");
        assertThatThrownBy(() -> parser.parse("heading eq 'open")).hasMessageContaining("Unterminated string");
        assertThatThrownBy(() -> parser.parse("(saleId eq 5")).hasMessageContaining("')'");
        assertThatThrownBy(() -> parser.parse("saleId eq 'x'")).hasMessageContaining("not a number");
    }
}
