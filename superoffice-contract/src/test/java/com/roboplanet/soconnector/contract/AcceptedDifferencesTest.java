package com.roboplanet.soconnector.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.contract.AcceptedDifferences.Rule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptedDifferencesTest {
    private static final Path FILE = Path.of("docs/contract-differences.md");
    private static final String HEADER = "| Rule | Definition or scope | Properties | Source | Reason |";
    private static final String RULER = "|---|---|---|---|---|";

    @Test
    void parse_table_readsRulesTargetsAndProperties() {
        AcceptedDifferences differences = AcceptedDifferences.parse(
                List.of(
                        "# Title",
                        "",
                        HEADER,
                        RULER,
                        "| `required` | `Sale` | `SaleId`, `Heading` | ours | key fields |",
                        "| `free-form` | `Slim` | `value` | S29 | rows |",
                        "| `unchecked` | `security` | - | API §1.6 | bearer |",
                        "",
                        "| not | part | of | the | table |"),
                FILE);

        assertThat(differences.rows()).hasSize(3);
        assertThat(differences.rows(Rule.REQUIRED)).singleElement().satisfies(row -> {
            assertThat(row.target()).isEqualTo("Sale");
            assertThat(row.properties()).containsExactly("SaleId", "Heading");
            assertThat(row.line()).isEqualTo(5);
        });
        assertThat(differences.rows(Rule.FREE_FORM))
                .singleElement()
                .satisfies(r -> assertThat(r.target()).isEqualTo("Slim"));
        assertThat(differences.lists(Rule.UNCHECKED, "security")).isTrue();
        assertThat(differences.lists(Rule.UNCHECKED, "date-time-offset")).isFalse();
    }

    @Test
    void parse_unknownRule_failsWithTheLine() {
        assertThatThrownBy(() -> AcceptedDifferences.parse(
                        List.of(HEADER, RULER, "| `ignore` | `Sale` | - | ours | why |"), FILE))
                .hasMessageContaining("contract-differences.md:3")
                .hasMessageContaining("unknown rule 'ignore'");
    }

    @Test
    void parse_rowWithoutReason_failsWithTheLine() {
        assertThatThrownBy(() -> AcceptedDifferences.parse(
                        List.of(HEADER, RULER, "| `required` | `Sale` | `SaleId` | ours |  |"), FILE))
                .hasMessageContaining(":3")
                .hasMessageContaining("reason is empty");
    }

    @Test
    void parse_rowWithoutSource_failsWithTheLine() {
        assertThatThrownBy(() -> AcceptedDifferences.parse(
                        List.of(HEADER, RULER, "| `required` | `Sale` | `SaleId` |  | why |"), FILE))
                .hasMessageContaining("line 3")
                .hasMessageContaining("source");
    }

    @Test
    void parse_noTable_fails() {
        assertThatThrownBy(() -> AcceptedDifferences.parse(List.of("# nothing here"), FILE))
                .hasMessageContaining("no table");
    }
}
