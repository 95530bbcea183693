package com.roboplanet.soconnector.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class AliasCheckTest {

    @Test
    void problems_whenSeveralAliasesCannotWork_reportsEveryOneWithItsProducts() {
        List<Product> products = List.of(
                new Product("BELLABOT", "BellaBot", List.of("BellaBot", "Bella Bot")),
                new Product("BELLA-BOT", "Bella Bot", List.of("bella bot", "Bella\u200bBot")),
                new Product("OMNIE", "Omnie", List.of("Omnie", "Om*nie", "- / -")),
                new Product("OMNI", "Omni", List.of("ＯＭＮＩＥ")));

        List<AliasProblem> problems = AliasCheck.problems(products);

        assertThat(problems)
                .extracting(AliasProblem::productIndex, AliasProblem::alias, AliasProblem::otherProductIndex)
                .containsExactly(
                        tuple(1, "bella bot", 0),
                        tuple(1, "Bella\u200bBot", 0),
                        tuple(2, "Om*nie", -1),
                        tuple(2, "- / -", -1),
                        tuple(3, "ＯＭＮＩＥ", 2));
        assertThat(problems.get(0).message())
                .isEqualTo("alias 'bella bot' of product BELLA-BOT is the same as alias 'BellaBot' of product"
                        + " BELLABOT once case, separators and invisible characters are ignored ('bellabot'); a"
                        + " heading could not tell them apart, so give it to one product only");
    }

    @Test
    void problems_whenOneProductSpellsAnAliasTwice_findsNone() {
        assertThat(AliasCheck.problems(List.of(new Product("S", "S", List.of("Service", "SERVICE*", "Ser\u00advice")))))
                .isEmpty();
    }

    @Test
    void matcher_whenAliasesClash_listsEveryClashOnItsOwnLine() {
        ProductCatalog catalog = ProductCatalog.of(List.of(
                new Product("A", "A", List.of("Robo-1", "Robo 2")), new Product("B", "B", List.of("robo 1", "ROBO2"))));

        assertThatThrownBy(() -> ProductMatcher.of(catalog))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage().lines())
                        .hasSize(2)
                        .allMatch(line -> line.contains("of product B is the same as alias")));
    }
}
