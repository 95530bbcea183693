package com.roboplanet.soconnector.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules 2 and 3 of issue 12, example by example: what is not a quantity, and counts written after the product. */
class QuantityRulesTest {
    private static final ProductMatcher MATCHER = ProductMatcher.of(ProductCatalog.of(List.of(
            new Product("BELLABOT", "BellaBot", List.of("BellaBot")),
            new Product("KETTYBOT", "KettyBot", List.of("KettyBot")),
            new Product("PHANTAS", "Phantas", List.of("Phantas")),
            new Product("OMNIE", "Omnie", List.of("Omnie", "CD-01")))));

    private static Mention only(String heading) {
        List<Mention> mentions = MATCHER.match(heading).mentions();
        assertThat(mentions).as(heading).hasSize(1);
        return mentions.get(0);
    }

    // Rule 2: not a quantity.

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Wartungsvertrag 2025 BellaBot|1",
                "1900 BellaBot|1",
                "2099 BellaBot|1",
                "1899 BellaBot|1899",
                "2100 BellaBot|2100",
                "KW 12 BellaBot|1",
                "Woche 3 BellaBot|1",
                "Projekt 4711 BellaBot|1",
                "Proj. 4711 BellaBot|1",
                "Auftrag 815 BellaBot|1",
                "Nr. 5 BellaBot|1",
                "No. 5 BellaBot|1",
                "# 7 BellaBot|1",
                "#7 BellaBot|1",
                "Pos. 3 BellaBot|1",
                "Los 2 BellaBot|1",
                "Angebot-Nr. 123 BellaBot|1",
                "Rechnung 99 BellaBot|1",
                "Vertrag 17 BellaBot|1",
                "CW 12 BellaBot|1",
                "Project: 4711 BellaBot|1",
                "Invoice 12 BellaBot|1",
                "12.05. BellaBot|1",
                "12.05.2026 BellaBot|1",
                "2026-05-12 BellaBot|1",
                "10:30 BellaBot|1",
                "14 Uhr BellaBot|1",
                "1.200 € BellaBot|1",
                "EUR 500 BellaBot|1",
                "€ 500 BellaBot|1",
                "à 1.200 BellaBot|1",
                "à 500 BellaBot|1",
                "10 % BellaBot|1",
                "3 Jahre BellaBot|1",
                "24M BellaBot|1",
                "12 Monate BellaBot|1",
                "BellaBot x 12 Monate|1",
                "BellaBot x 10 %|1",
                "BellaBot Menge 500 €|1",
                "12 BellaBot|12"
            })
    void match_numberThatIsNotACount_isNoQuantity(String heading, int expected) {
        assertThat(only(heading).quantity()).isEqualTo(expected);
    }

    @Test
    void match_markerMakesAnyNumberACount_evenAYear() {
        assertThat(only("2025 x BellaBot").quantity()).isEqualTo(2025);
        assertThat(only("Vertrag 2x BellaBot").quantity()).isEqualTo(2);
    }

    // Rule 3: a quantity after the product.

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BellaBot 2x|2",
                "BellaBot x2|2",
                "BellaBot × 2|2",
                "BellaBot 2 Stk.|2",
                "BellaBot (2 Stk.)|2",
                "Phantas (3x)|3",
                "BellaBot – 2 Stück|2",
                "'BellaBot, Menge: 4'|4",
                "BellaBot Menge 5|5",
                "BellaBot Anzahl 3|3",
                "BellaBot Qty: 4|4",
                "BellaBot 2 x à 1.200 €|2",
                "BellaBot [2 pcs]|2",
                "BellaBot; 3 Stk|3",
                "'BellaBot, Anzahl: 3 Stück'|3",
                "BellaBot 2|1",
                "BellaBot - 2|1",
                "BellaBot (2)|1",
                "BellaBot xl|1"
            })
    void match_countAfterProduct_isReadWithItsMarkerOnly(String heading, int expected) {
        assertThat(only(heading).quantity()).isEqualTo(expected);
    }

    @Test
    void match_countBetweenTwoProducts_belongsToTheOneItRunsInto() {
        assertThat(MATCHER.match("BellaBot 2x KettyBot").mentions())
                .extracting(m -> m.product().code(), Mention::quantity)
                .containsExactly(tuple("BELLABOT", 1), tuple("KETTYBOT", 2));
        assertThat(MATCHER.match("BellaBot, 3 Stk KettyBot").mentions())
                .extracting(m -> m.product().code(), Mention::quantity)
                .containsExactly(tuple("BELLABOT", 1), tuple("KETTYBOT", 3));
        assertThat(MATCHER.match("BellaBot 2x, KettyBot").mentions())
                .extracting(m -> m.product().code(), Mention::quantity)
                .containsExactly(tuple("BELLABOT", 2), tuple("KETTYBOT", 1));
    }

    @Test
    void match_markedCountAfterProduct_winsOverBareNumberBefore() {
        Mention mention = only("Filiale 4711 BellaBot 2x");

        assertThat(mention.quantity()).isEqualTo(2);
        assertThat(mention.quantitySource()).isEqualTo(QuantitySource.MARKER);
    }

    @Test
    void match_sameProductReadTwoWays_sumsAndKeepsTheWeakerSource() {
        Mention mention = only("2x BellaBot und 12 BellaBot");

        assertThat(mention.quantity()).isEqualTo(14);
        assertThat(mention.quantitySource()).isEqualTo(QuantitySource.BARE_NUMBER);
    }

    // What --explain shows.

    @Test
    void explain_numberRefusedAsCount_saysWhatItIs() {
        Candidate candidate =
                MATCHER.explain("Wartungsvertrag 2025 BellaBot").candidates().get(0);

        assertThat(candidate.quantity())
                .isEqualTo(new QuantityReading(1, "", false, QuantitySource.DEFAULT, "2025", "a year"));
        assertThat(candidate.describe())
                .endsWith("counted, quantity 1 (none written; \"2025\" before it is a year, not a count)");
    }

    @Test
    void explain_labelledNumber_namesTheLabel() {
        Candidate candidate =
                MATCHER.explain("Lieferung KW 12 BellaBot").candidates().get(0);

        assertThat(candidate.describe()).contains("\"12\" before it is a number after 'KW', not a count");
    }

    @Test
    void explain_bareNumber_asksForACheck() {
        Candidate candidate = MATCHER.explain("4711 BellaBot").candidates().get(0);

        assertThat(candidate.quantity().source()).isEqualTo(QuantitySource.BARE_NUMBER);
        assertThat(candidate.describe()).contains("quantity 4711 (read from \"4711\", a number without a count marker");
    }

    @Test
    void explain_countAfterProductInBrackets_showsTheWholeCount() {
        Candidate candidate =
                MATCHER.explain("KettyBot (2 Stk.) Lieferung").candidates().get(0);

        assertThat(candidate.quantity().text()).isEqualTo("(2 Stk.)");
        assertThat(candidate.quantity().source()).isEqualTo(QuantitySource.MARKER);
    }
}
