package com.roboplanet.soconnector.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductMatcherTest {

    private static final ProductCatalog CATALOG = ProductCatalog.of(List.of(
            new Product("OMNIE", "Omnie", List.of("Omnie", "CD-01", "RR-02-017-OMNIE")),
            new Product("SERVICE", "Service", List.of("Service*", "Wartung*")),
            new Product("BELLA", "BellaBot", List.of("BellaBot")),
            new Product("BELLA-PRO", "BellaBot Pro", List.of("BellaBot Pro")),
            new Product("BRUSH", "Bürste", List.of("Bürste"))));

    private final ProductMatcher matcher = ProductMatcher.of(CATALOG);

    private List<String> codes(String heading) {
        return matcher.match(heading).mentions().stream()
                .map(m -> m.product().code())
                .toList();
    }

    private int quantityOf(String heading, String code) {
        return matcher.match(heading).mentions().stream()
                .filter(m -> m.product().code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not found in " + heading))
                .quantity();
    }

    // Rule 1: NFKC and umlaut folding on both sides.

    @ParameterizedTest
    @ValueSource(strings = {"Bürste", "Buerste", "BÜRSTE", "BUERSTE", "Bu\u0308rste", "Ｂürste"})
    void match_whenUmlautSpelledOrComposedDifferently_findsProduct(String heading) {
        assertThat(codes("Ersatz " + heading + " rund")).containsExactly("BRUSH");
    }

    @Test
    void match_whenAliasHasUmlautAndHeadingIsFolded_findsProductBothWays() {
        ProductMatcher folded =
                ProductMatcher.of(ProductCatalog.of(List.of(new Product("BRUSH", "Brush", List.of("Buerste")))));

        assertThat(folded.match("Neue Bürste").mentions()).hasSize(1);
    }

    // Rule 2: separators optional on both sides.

    @ParameterizedTest
    @ValueSource(strings = {"CD-01", "CD 01", "cd01", "Cd_01", "CD.01", "CD/01", "CD – 01"})
    void match_whenSeparatorsDifferOrAreMissing_findsProduct(String written) {
        assertThat(codes("Lieferung " + written + " Mai")).containsExactly("OMNIE");
    }

    @Test
    void match_whenHeadingSplitsAliasWithSpace_findsProduct() {
        assertThat(codes("Bella Bot für Restaurant")).containsExactly("BELLA");
    }

    // Rule 3: token boundary in the original text, with its two exceptions.

    @ParameterizedTest
    @ValueSource(strings = {"Ersatzteil CD-010", "Zwei Omnien", "XOmnie Test", "ACD-01"})
    void match_whenAliasInsideLongerToken_findsNothing(String heading) {
        assertThat(matcher.match(heading).isEmpty()).isTrue();
    }

    @Test
    void match_whenQuantityGluedInFront_countsBoundaryAndReadsQuantity() {
        assertThat(quantityOf("2xOmnie Lieferung", "OMNIE")).isEqualTo(2);
        assertThat(quantityOf("Angebot 3×BellaBot", "BELLA")).isEqualTo(3);
    }

    @Test
    void match_whenOpenEndedAliasRunsIntoCompound_findsProduct() {
        assertThat(codes("Wartungsvertrag 2025")).containsExactly("SERVICE");
        assertThat(codes("Servicepauschale")).containsExactly("SERVICE");
    }

    @Test
    void match_whenOpenEndedAliasRunsIntoCompound_matchesWholeWordAndReadsQuantityAfterIt() {
        HeadingMatch match = matcher.match("Wartungsvertrag x2");

        assertThat(match.mentions())
                .extracting(Mention::quantity, Mention::matchedText)
                .containsExactly(tuple(2, "Wartungsvertrag"));
    }

    @Test
    void match_whenCompoundAndAnotherAliasOfSameProductOnlySeparated_formOneMention() {
        assertThat(matcher.match("Wartungsvertrag / Service").mentions())
                .extracting(Mention::quantity, Mention::matchedText)
                .containsExactly(tuple(1, "Wartungsvertrag / Service"));
    }

    @Test
    void match_whenOpenEndedAliasFollowedByDigit_findsNothing() {
        assertThat(codes("Wartung2025")).isEmpty();
    }

    // Rule 4: leftmost-longest, a character in one match at most.

    @Test
    void match_whenLongerAliasStartsAtSamePlace_longestWins() {
        assertThat(codes("Angebot BellaBot Pro inkl. Einweisung")).containsExactly("BELLA-PRO");
    }

    @Test
    void match_whenLongerAliasFailsBoundary_shorterStillMatches() {
        assertThat(codes("BellaBot Profi-Paket")).containsExactly("BELLA");
    }

    @Test
    void match_whenMatchesOverlap_leftmostHoldsTheCharacters() {
        ProductMatcher overlapping = ProductMatcher.of(ProductCatalog.of(
                List.of(new Product("A", "A", List.of("Robo Star")), new Product("B", "B", List.of("Star Light")))));

        assertThat(overlapping.match("Robo Star Light").mentions())
                .extracting(m -> m.product().code(), Mention::matchedText)
                .containsExactly(tuple("A", "Robo Star"));
    }

    // Rule 5: quantities before and after.

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2x Omnie|2",
                "2 x Omnie|2",
                "2×Omnie|2",
                "2*Omnie|2",
                "2 Stk Omnie|2",
                "2 Stk. Omnie|2",
                "2 Stück Omnie|2",
                "2 pcs Omnie|2",
                "2 Omnie|2",
                "Omnie x2|2",
                "Omnie × 2|2",
                "Omnie x 3|3",
                "Omnie 2 Stk|2",
                "Lieferung Omnie|1",
                "Omnie 2|1",
                "Omnie 2 Stk BellaBot|2"
            })
    void match_whenQuantityWrittenNextToMention_readsIt(String heading, int expected) {
        assertThat(quantityOf(heading, "OMNIE")).isEqualTo(expected);
    }

    @Test
    void match_whenQuantityOutOfRange_readsOneAndCountsIt() {
        HeadingMatch match = matcher.match("10000 x Omnie und 0 x BellaBot");

        assertThat(match.mentions()).extracting(Mention::quantity).containsExactly(1, 1);
        assertThat(match.quantitiesIgnored()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"2024-03-01 Omnie", "1.500,00 Omnie", "Omnie 1.500,00 EUR", "Omnie 2024-03-01", "12:30 Omnie"})
    void match_whenDateOrPriceNextToMention_isNoQuantity(String heading) {
        HeadingMatch match = matcher.match(heading);

        assertThat(match.mentions()).extracting(Mention::quantity).containsExactly(1);
        assertThat(match.quantitiesIgnored()).isZero();
    }

    @Test
    void match_whenNumberBetweenTwoMentions_countsItOnce() {
        HeadingMatch match = matcher.match("Omnie x 2 BellaBot");

        assertThat(match.mentions())
                .extracting(m -> m.product().code(), Mention::quantity)
                .containsExactly(tuple("OMNIE", 2), tuple("BELLA", 1));
    }

    // Rule 6: one mention per product.

    @Test
    void match_whenAliasesOfOneProductOnlySeparated_formOneMention() {
        HeadingMatch match = matcher.match("2xOmnie CD-01 mit Nachlass");

        assertThat(match.mentions())
                .extracting(m -> m.product().code(), Mention::quantity, Mention::matchedText)
                .containsExactly(tuple("OMNIE", 2, "Omnie CD-01"));
    }

    @Test
    void match_whenSameProductMentionedSeparately_addsQuantities() {
        HeadingMatch match = matcher.match("2x Omnie, BellaBot und 3 Stk Omnie");

        assertThat(match.mentions())
                .extracting(m -> m.product().code(), Mention::quantity, Mention::matchedText)
                .containsExactly(tuple("OMNIE", 5, "Omnie | Omnie"), tuple("BELLA", 1, "BellaBot"));
    }

    // Rule 7 is measured by the benchmark module; here: the result does not depend on catalogue size.

    @Test
    void match_whenCatalogueHasThousandsOfAliases_findsSameProducts() {
        List<Product> products = new java.util.ArrayList<>(CATALOG.products());
        for (int i = 0; i < 2000; i++) {
            products.add(new Product("GEN" + i, "Gen " + i, List.of("Modell" + i + "Q", "ZX-" + i)));
        }
        ProductMatcher big = ProductMatcher.of(ProductCatalog.of(products));

        assertThat(big.match("2xOmnie CD-01 mit Nachlass")).isEqualTo(matcher.match("2xOmnie CD-01 mit Nachlass"));
        assertThat(big.match("Zx 1999 und 2 Modell7q").mentions())
                .extracting(m -> m.product().code(), Mention::quantity)
                .containsExactly(tuple("GEN1999", 1), tuple("GEN7", 2));
    }

    // Corner cases.

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", " - _ . / ", "2024-03-01", "ümlaut ß"})
    void match_whenHeadingHasNoProduct_returnsNone(String heading) {
        assertThat(matcher.match(heading)).isEqualTo(HeadingMatch.NONE);
    }

    @Test
    void match_afterALongerHeadingWithManyHits_startsFromScratch() {
        matcher.match("2x Omnie CD-01 BellaBot Pro ".repeat(50) + "Omnien");

        assertThat(matcher.match("Omnien")).isEqualTo(HeadingMatch.NONE);
        assertThat(matcher.match("Bürste x3").mentions())
                .extracting(Mention::quantity)
                .containsExactly(3);
    }

    @Test
    void match_whenCalledFromManyThreads_givesTheSameResults() throws Exception {
        String heading = "2xOmnie CD-01, 3 Stk BellaBot Pro und Wartungsvertrag";
        HeadingMatch expected = matcher.match(heading);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<HeadingMatch>>();
            for (int i = 0; i < 200; i++) {
                String other = i % 2 == 0 ? heading : "Omnie x" + (i % 9 + 1);
                futures.add(pool.submit(() -> matcher.match(other)));
            }
            for (int i = 0; i < futures.size(); i += 2) {
                assertThat(futures.get(i).get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void match_whenProductAtVeryStartAndEnd_findsBoth() {
        assertThat(codes("Omnie BellaBot")).containsExactly("OMNIE", "BELLA");
    }

    @Test
    void match_whenSurrogatesAndEmojiAround_findsProduct() {
        assertThat(codes("🤖Omnie🤖 \uD835\uDC00")).containsExactly("OMNIE");
    }

    @Test
    void match_whenAliasWouldSplitAnExpandedCharacter_findsNothing() {
        ProductMatcher half = ProductMatcher.of(ProductCatalog.of(List.of(new Product("BA", "Ba", List.of("Ba")))));

        assertThat(half.match("Bä").isEmpty()).isTrue();
    }

    @Test
    void of_whenAliasIsOnlySeparators_failsNamingProduct() {
        ProductCatalog catalog = ProductCatalog.of(List.of(new Product("EMPTY", "Empty", List.of("- / -"))));

        assertThatThrownBy(() -> ProductMatcher.of(catalog))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EMPTY")
                .hasMessageContaining("'- / -'");
    }

    @Test
    void of_whenTwoProductsShareAnAlias_failsNamingBoth() {
        ProductCatalog catalog = ProductCatalog.of(
                List.of(new Product("A", "A", List.of("Robo-1")), new Product("B", "B", List.of("robo 1"))));

        assertThatThrownBy(() -> ProductMatcher.of(catalog))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("product A")
                .hasMessageContaining("product B")
                .hasMessageContaining("robo1");
    }

    @Test
    void of_whenStarInsideAlias_failsNamingProduct() {
        ProductCatalog catalog = ProductCatalog.of(List.of(new Product("S", "S", List.of("Serv*ice"))));

        assertThatThrownBy(() -> ProductMatcher.of(catalog))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("product S");
    }

    @Test
    void of_whenOneProductSpellsAliasTwice_keepsOneOpenEndedAlias() {
        ProductMatcher m =
                ProductMatcher.of(ProductCatalog.of(List.of(new Product("S", "S", List.of("Service", "SERVICE*")))));

        assertThat(m.match("Servicevertrag").mentions()).hasSize(1);
    }

    @Test
    void match_whenCatalogueEmpty_returnsNone() {
        ProductMatcher empty = ProductMatcher.of(ProductCatalog.of(List.of()));

        assertThat(empty.match("Omnie")).isEqualTo(HeadingMatch.NONE);
    }

    @Test
    void match_withBuiltInCatalogue_readsTeamExamples() {
        ProductMatcher builtIn = ProductMatcher.of(ProductCatalog.builtIn());

        assertThat(builtIn.match("RR-02-017-OMNIE 2 Stk + Wartungsvertrag").mentions())
                .extracting(m -> m.product().code(), Mention::quantity)
                .containsExactly(tuple("OMNIE", 2), tuple("SERVICE", 1));
    }
}
