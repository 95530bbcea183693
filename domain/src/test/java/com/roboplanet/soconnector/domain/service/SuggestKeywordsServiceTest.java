package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.matching.AliasCheck;
import com.roboplanet.soconnector.domain.matching.HeadingWords;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.matching.TextNormalizer;
import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.CatalogChoice;
import com.roboplanet.soconnector.domain.port.in.CoveredKeyword;
import com.roboplanet.soconnector.domain.port.in.KeywordProposal;
import com.roboplanet.soconnector.domain.port.in.KeywordProposal.Kind;
import com.roboplanet.soconnector.domain.port.in.KeywordSuggestions;
import com.roboplanet.soconnector.domain.port.in.SuggestKeywordsCommand;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogException;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.Warnings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SuggestKeywordsServiceTest {
    private static final Customer ACME = new Customer(7, "Acme GmbH");
    private static final ProductCatalog CATALOG = ProductCatalog.of(List.of(
            new Product("OMNIE", "Omnie", List.of("Omnie", "CD-01")),
            new Product("BELLABOT", "BellaBot", List.of("BellaBot")),
            new Product("SERVICE", "Service", List.of("Service*"))));

    private static final Path CATALOG_FILE = Path.of("products.csv");
    private static final Warnings NO_WARNINGS = message -> {
        throw new AssertionError("unexpected warning: " + message);
    };

    private final InMemoryCatalogFiles catalogFiles = new InMemoryCatalogFiles().with(CATALOG_FILE, CATALOG);

    @Test
    void suggest_matchedAndCustomerlessSales_areLeftOut() {
        KeywordSuggestions result = suggest(
                List.of(
                        sale(1, "Omnie Reinigung"),
                        new Sale(2, "KettyBot", null, null, "", BigDecimal.ONE),
                        sale(3, ""),
                        sale(4, "KettyBot Saugroboter")),
                List.of());

        assertThat(result.salesRead()).isEqualTo(4);
        assertThat(result.unmatchedHeadings()).isEqualTo(1);
        assertThat(result.proposals()).extracting(KeywordProposal::text).containsExactly("kettybot saugroboter");
        assertThat(candidates(List.of(sale(1, "Omnie Reinigung"), sale(4, "KettyBot Saugroboter")), List.of()))
                .extracting(KeywordProposal::text)
                .contains("kettybot", "saugroboter")
                .doesNotContain("omnie", "reinigung");
    }

    @Test
    void suggest_frequentWords_countHeadingsNotOccurrencesAndLeaveOutStopWords() {
        List<KeywordProposal> result = candidates(
                List.of(
                        sale(1, "2x KettyBot mit Einweisung"),
                        sale(2, "KettyBot KettyBot und Zubehör"),
                        sale(3, "Einweisung vor Ort")),
                List.of());

        assertThat(of(result, Kind.WORD))
                .extracting(KeywordProposal::text, KeywordProposal::headingCount)
                .startsWith(tuple("einweisung", 2L), tuple("kettybot", 2L))
                .extracting(t -> t.toList().get(0))
                .doesNotContain("mit", "und", "2x");
    }

    @Test
    void suggest_twoWordPhrases_joinNeighbouringSignificantWords() {
        List<KeywordProposal> result =
                candidates(List.of(sale(1, "Ketty Bot inkl. Einweisung"), sale(2, "3 Stk Ketty Bot")), List.of());

        assertThat(of(result, Kind.PHRASE))
                .extracting(KeywordProposal::text, KeywordProposal::headingCount)
                .containsExactly(tuple("ketty bot", 2L), tuple("bot einweisung", 1L));
    }

    @Test
    void suggest_codeShapedTokens_needLetterDigitAndDash() {
        List<KeywordProposal> result = candidates(
                List.of(
                        sale(1, "PD-BB-PRO-01 Lieferung"),
                        sale(2, "Lieferung pd-bb-pro-01, T8 und 2024-05"),
                        sale(3, "Roboter RR-02-017-OMNIX mit Kick-Off"),
                        sale(4, "2xPD-BB-PRO-01 Messe")),
                List.of());

        assertThat(of(result, Kind.PRODUCT_CODE))
                .extracting(KeywordProposal::text, KeywordProposal::headingCount)
                .containsExactly(tuple("PD-BB-PRO-01", 3L), tuple("RR-02-017-OMNIX", 1L));
    }

    @Test
    void suggest_codeParts_areNotCountedAsWordsOrPhrases() {
        List<KeywordProposal> result = candidates(List.of(sale(1, "Roboter PD-BB-01 Kick-Off")), List.of());

        assertThat(texts(result, Kind.WORD)).containsExactly("kick", "off", "roboter");
        assertThat(texts(result, Kind.PHRASE)).containsExactly("kick off");
    }

    @Test
    void suggest_nearMissOfAnAlias_isProposedAsNewAliasOfThatProduct() {
        KeywordSuggestions result = suggest(
                List.of(sale(1, "Omni Reinigungsroboter"), sale(2, "2 x BelaBot"), sale(3, "Omni mit Wartung")),
                List.of());

        assertThat(proposals(result, Kind.NEAR_MISS))
                .extracting(KeywordProposal::text, KeywordProposal::productCode, KeywordProposal::headingCount)
                .containsExactly(tuple("Omni", "OMNIE", 2L), tuple("BelaBot", "BELLABOT", 1L));
    }

    /**
     * A count glued to a near miss is not part of the proposal: the matcher reads it once the near miss is an alias,
     * whereas the alias {@code Omni2x} would find the Omnie and lose its count.
     */
    @Test
    void suggest_nearMissWithAGluedCount_proposesTheWordWithoutTheCount() {
        List<Sale> sales = List.of(sale(1, "Omni2x"), sale(2, "3xOmni Lieferung"), sale(3, "Belabot4Stk"));

        KeywordSuggestions result = suggest(sales, List.of());

        assertThat(proposals(result, Kind.NEAR_MISS))
                .extracting(KeywordProposal::text, KeywordProposal::productCode, KeywordProposal::headingCount)
                .containsExactly(tuple("Omni", "OMNIE", 2L), tuple("Belabot", "BELLABOT", 1L));
        ProductMatcher accepted = ProductMatcher.of(ProductCatalog.of(accept(result.proposals())));
        assertThat(sales.stream()
                        .map(s -> accepted.match(s.heading()).mentions().get(0)))
                .extracting(m -> m.product().code(), m -> m.quantity())
                .containsExactly(tuple("OMNIE", 2), tuple("OMNIE", 3), tuple("BELLABOT", 4));
    }

    @Test
    void suggest_nearMisses_ignoreShortWordsAndDistancesAboveTwo() {
        KeywordSuggestions result = suggest(List.of(sale(1, "Omn CD-1 Onmibot Bellarobots")), List.of());

        assertThat(proposals(result, Kind.NEAR_MISS)).isEmpty();
    }

    @Test
    void suggest_crmNames_areCandidatesWhenInAHeadingAndInNoAlias() {
        List<KeywordProposal> result = candidates(
                List.of(sale(1, "Pudu KettyBot Pro für Halle 3"), sale(2, "Kettybot-Pro"), sale(3, "KettyBot")),
                List.of("KettyBot Pro", "BellaBot", "Pudu", "Reinigung"));

        assertThat(of(result, Kind.CRM_NAME))
                .extracting(KeywordProposal::text, KeywordProposal::headingCount)
                .containsExactly(tuple("KettyBot Pro", 2L), tuple("Pudu", 1L));
    }

    @Test
    void suggest_keywordOverlappingABetterProposal_isLeftOut() {
        KeywordSuggestions result =
                suggest(List.of(sale(1, "Omni Pudu KettyBot"), sale(2, "Pudu-Kettybot")), List.of("Pudu KettyBot"));

        // "omni pudu" would take "Omni" from OMNIE, "kettybot" and "pudu" would split Pudu KettyBot into two codes
        assertThat(result.proposals())
                .extracting(KeywordProposal::kind, KeywordProposal::text)
                .containsExactly(tuple(Kind.NEAR_MISS, "Omni"), tuple(Kind.CRM_NAME, "Pudu KettyBot"));
    }

    @Test
    void suggest_nearMissAndAPhraseContainingIt_proposesTheNearMissOnly() {
        KeywordSuggestions result = suggest(
                List.of(
                        sale(1, "Omni Saugroboter"),
                        sale(2, "Omni Saugroboter"),
                        sale(3, "Omni Saugroboter"),
                        sale(4, "Omni")),
                List.of());

        assertThat(result.proposals())
                .extracting(KeywordProposal::kind, KeywordProposal::text)
                .containsExactly(tuple(Kind.NEAR_MISS, "Omni"), tuple(Kind.WORD, "saugroboter"));
    }

    @Test
    void suggest_twoPhrasesOfTheSameHeadings_proposeOneNewProductPerHeading() {
        KeywordSuggestions result = suggest(
                List.of(
                        sale(1, "3 pcs Pudu CC1 cleaning robot"),
                        sale(2, "2 pcs Pudu CC1 cleaning robot Hotel"),
                        sale(3, "Pudu CC1 cleaning robot")),
                List.of());

        assertThat(result.proposals()).extracting(KeywordProposal::text).containsExactly("cc1 cleaning");
    }

    @Test
    void suggest_crmProductTheCatalogueKnowsByCodeOrName_isCoveredNotProposedAsASecondCode() {
        KeywordSuggestions result = run(
                List.of(sale(1, "Kehrmaschine K7 Lieferung"), sale(2, "Kehrmaschine K7")),
                SaleQuery.all(),
                List.of(new CrmProduct(7, "CD-01", "Kehrmaschine K7", "", null, true)),
                List.of(),
                30);

        assertThat(texts(result, Kind.CRM_NAME)).isEmpty();
        assertThat(result.covered())
                .extracting(CoveredKeyword::text, CoveredKeyword::alias, CoveredKeyword::productCode)
                .contains(tuple("Kehrmaschine K7", "CD-01", "OMNIE"));
    }

    @Test
    void suggest_codeTheCrmGivesACatalogueProductByName_isProposedAsItsAliasNotANewProduct() {
        KeywordSuggestions result = run(
                List.of(sale(1, "2xPD-BB-01 Messeangebot"), sale(2, "PD-BB-01 x2"), sale(3, "Unikat PD-XX-09")),
                SaleQuery.all(),
                List.of(
                        new CrmProduct(1, "PD-BB-01", "BellaBot", "", null, true),
                        new CrmProduct(2, "PD-XX-09", "Something new", "", null, true)),
                List.of(),
                30);

        assertThat(result.proposals())
                .extracting(KeywordProposal::kind, KeywordProposal::text, KeywordProposal::productCode)
                .contains(tuple(Kind.CRM_CODE, "PD-BB-01", "BELLABOT"), tuple(Kind.PRODUCT_CODE, "PD-XX-09", null))
                .doesNotContain(tuple(Kind.PRODUCT_CODE, "PD-BB-01", null));
        assertThat(ProposeCatalogEntriesService.entries(CATALOG, result.proposals()))
                .extracting(
                        entry -> entry.product().code(),
                        entry -> entry.product().aliases())
                .contains(tuple("BELLABOT", List.of("BellaBot", "PD-BB-01")));
    }

    @Test
    void suggest_wordThatSeveralProductsNamesShare_isNeverOneProductsAlias() {
        catalogFiles.with(
                CATALOG_FILE,
                ProductCatalog.of(List.of(
                        new Product("KEENON-T8", "Keenon T8 Servierroboter", List.of("Keenon T8")),
                        new Product("KEENON-T5", "Keenon Dinerbot T5", List.of("Keenon T5")),
                        new Product("KEENON-W3", "Keenon W3 Lieferroboter", List.of("Keenon W3")))));

        KeywordSuggestions result = run(
                List.of(sale(1, "4 x T8 Keenon for restaurant"), sale(2, "Keenon Hotel"), sale(3, "Keenon")),
                SaleQuery.all(),
                List.of(),
                List.of(),
                30);

        assertThat(result.proposals()).extracting(KeywordProposal::text).doesNotContain("Keenon", "keenon");
    }

    @Test
    void suggest_nearMissOfOneProductThatTwoProductsNamesShare_isNotProposed() {
        catalogFiles.with(
                CATALOG_FILE,
                ProductCatalog.of(List.of(
                        new Product("T8", "Keenon T8", List.of("Keenon T8")),
                        new Product("DINERBOT", "Keenon Dinerbot", List.of("Dinerbot")))));

        KeywordSuggestions result =
                run(List.of(sale(1, "Keenon"), sale(2, "Keenon Hotel")), SaleQuery.all(), List.of(), List.of(), 30);

        assertThat(result.proposals()).extracting(KeywordProposal::text).doesNotContain("Keenon", "keenon");
    }

    @Test
    void suggest_anAliasesWordsInAnotherOrder_areProposedAsItsAlias() {
        catalogFiles.with(
                CATALOG_FILE, ProductCatalog.of(List.of(new Product("KEENON-T8", "Keenon T8", List.of("Keenon T8")))));

        KeywordSuggestions result = run(
                List.of(sale(1, "4 x T8 Keenon for restaurant"), sale(2, "T8 Keenon")),
                SaleQuery.all(),
                List.of(),
                List.of(),
                30);

        assertThat(result.proposals())
                .extracting(KeywordProposal::kind, KeywordProposal::text, KeywordProposal::productCode)
                .contains(tuple(Kind.NEAR_MISS, "t8 keenon", "KEENON-T8"))
                .doesNotContain(tuple(Kind.PHRASE, "t8 keenon", null), tuple(Kind.NEAR_MISS, "Keenon", "KEENON-T8"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("salesWords")
    void suggest_salesVocabularyAloneOrInAPhrase_isNeverProposed(String word) {
        KeywordSuggestions result = suggest(
                List.of(
                        sale(1, word + " Seniorenresidenz"),
                        sale(2, word.toUpperCase(java.util.Locale.ROOT) + " Seniorenresidenz"),
                        sale(3, word)),
                List.of());

        assertThat(result.proposals())
                .extracting(p -> TextNormalizer.fold(p.text()))
                .allSatisfy(text -> assertThat(text.split("[^\\p{L}\\p{N}]+")).doesNotContain(word));
    }

    static java.util.stream.Stream<String> salesWords() {
        return KeywordCandidates.SALES_WORDS.stream().sorted();
    }

    @Test
    void suggest_examples_areAtMostTwoDistinctHeadingsAsWritten() {
        KeywordSuggestions result = suggest(
                List.of(
                        sale(1, "KettyBot Lieferung"),
                        sale(2, "KettyBot Lieferung"),
                        sale(3, "Lieferung KETTYBOT"),
                        sale(4, "kettybot")),
                List.of());

        KeywordProposal kettybot = proposals(result, Kind.WORD).get(0);
        assertThat(kettybot.text()).isEqualTo("kettybot");
        assertThat(kettybot.headingCount()).isEqualTo(4);
        assertThat(kettybot.examples()).containsExactly("KettyBot Lieferung", "Lieferung KETTYBOT");
    }

    @Test
    void suggest_top_ordersByKindThenCountAndCuts() {
        KeywordSuggestions result = suggest(
                List.of(
                        sale(1, "Omni PD-KB-01 Saugroboter"),
                        sale(2, "Saugroboter Halle"),
                        sale(3, "Saugroboter Halle")),
                List.of(),
                3);

        assertThat(result.proposals())
                .extracting(KeywordProposal::kind, KeywordProposal::text)
                .containsExactly(
                        tuple(Kind.NEAR_MISS, "Omni"),
                        tuple(Kind.PRODUCT_CODE, "PD-KB-01"),
                        tuple(Kind.PHRASE, "saugroboter halle"));
    }

    @Test
    void suggest_manyDistinctCandidates_staysWithinCapacityAndKeepsTheFrequentOnes() {
        List<Sale> sales = new ArrayList<>();
        IntStream.rangeClosed(1, 2_000)
                .forEach(i -> sales.add(sale(i, "Saugroboter Unikat" + Integer.toString(i, 36) + "x")));
        KeywordSuggestions result = run(100, sales, SaleQuery.all(), List.of(), List.of(), 500);

        assertThat(result.proposals()).hasSizeLessThanOrEqualTo(100);
        assertThat(result.countsAreLowerBounds()).isTrue();
        assertThat(proposals(result, Kind.WORD).get(0))
                .extracting(KeywordProposal::text, KeywordProposal::headingCount)
                .containsExactly("saugroboter", 2_000L);
    }

    @Test
    void suggest_fewCandidates_countsAreExact() {
        KeywordSuggestions result = suggest(List.of(sale(1, "KettyBot")), List.of());

        assertThat(result.countsAreLowerBounds()).isFalse();
    }

    @Test
    void suggest_limit_isPassedToTheSource() {
        KeywordSuggestions result =
                run(List.of(sale(1, "KettyBot"), sale(2, "Lieferung")), SaleQuery.latest(1), List.of(), List.of(), 30);

        assertThat(result.salesRead()).isEqualTo(1);
        assertThat(texts(result, Kind.WORD)).containsExactly("kettybot");
    }

    @Test
    void suggest_crmProductName_carriesTheCrmsOwnCode() {
        List<CrmProduct> products = List.of(
                new CrmProduct(11, "PD-KB-01", "KettyBot", "Pudu", null, true),
                new CrmProduct(12, "", "HolaBot", "Pudu", null, true));
        List<ProductFamily> families = List.of(new ProductFamily(3, "Pudu Robotics", "", false));

        KeywordSuggestions result = run(
                List.of(sale(1, "2x KettyBot Lieferung"), sale(2, "HolaBot Demo"), sale(3, "von Pudu Robotics")),
                SaleQuery.all(),
                products,
                families,
                30);

        assertThat(proposals(result, Kind.CRM_NAME))
                .extracting(KeywordProposal::text, p -> p.crmProductCode().orElse(""))
                .containsExactlyInAnyOrder(
                        tuple("KettyBot", "PD-KB-01"), tuple("HolaBot", ""), tuple("Pudu Robotics", ""));
        assertThat(proposals(result, Kind.CRM_NAME))
                .allMatch(p -> p.existingProductCode().isEmpty());
    }

    @Test
    void suggest_crmNameWithCatalogueSyntax_isProposedAsAnAliasThatLoads() {
        KeywordSuggestions result = run(
                List.of(sale(1, "Kehr Max Plus Demo")),
                SaleQuery.all(),
                List.of(new CrmProduct(5, "KM-1", "Kehr*Max|Plus", "", null, true)),
                List.of(),
                30);

        assertThat(proposals(result, Kind.CRM_NAME))
                .extracting(KeywordProposal::text)
                .containsExactly("Kehr Max Plus");
    }

    @Test
    void suggest_keywordAnExistingAliasCovers_isNotProposedButExplained() {
        KeywordSuggestions result = suggest(
                List.of(sale(1, "Bella 2 Bot Lieferung"), sale(2, "Bella und Bot"), sale(3, "Servicevertrag2025")),
                List.of("Bella Bot"));

        assertThat(result.proposals())
                .extracting(KeywordProposal::text)
                .doesNotContain("bella bot", "Bella Bot", "servicevertrag2025");
        assertThat(result.covered())
                .extracting(
                        CoveredKeyword::text,
                        CoveredKeyword::alias,
                        CoveredKeyword::productCode,
                        CoveredKeyword::headingCount)
                .containsExactly(
                        tuple("bella bot", "BellaBot", "BELLABOT", 2L),
                        tuple("servicevertrag2025", "Service*", "SERVICE", 1L));
    }

    @Test
    void suggest_unknownCodeOrWordWithFullWidthFormsOrInvisibleCharacters_isProposedFolded() {
        List<KeywordProposal> result =
                candidates(List.of(sale(1, "ＰＤ－ＫＢ－０１ Lieferung"), sale(2, "Phan\u200btas Demo")), List.of());

        assertThat(texts(result, Kind.PRODUCT_CODE)).containsExactly("PD-KB-01");
        assertThat(texts(result, Kind.WORD)).contains("phantas").doesNotContain("phan", "tas");
    }

    @Test
    void suggest_invisibleCharacterInsideAnAlias_isMatchedSoNothingIsProposed() {
        KeywordSuggestions result =
                suggest(List.of(sale(1, "Bella\u200bBot Lieferung"), sale(2, "Bella\u00adBot Lieferung")), List.of());

        assertThat(result.unmatchedHeadings()).isZero();
        assertThat(result.proposals()).isEmpty();
    }

    /**
     * Whatever the unmatched headings, accepting every proposal (near misses as new aliases of their product, the
     * rest as new products) gives a catalogue the matcher accepts, in which no unmatched heading names two new
     * products (one robot counted twice) and no proposal's words contain another's (one product under two codes).
     */
    @Test
    void suggest_everyProposalAccepted_alwaysGivesACatalogueThatLoadsAndCountsNoHeadingTwice() {
        java.util.Random random = new java.util.Random(12L);
        List<String> parts = List.of(
                "Bella",
                "Bot",
                "BellaBot",
                "bella-bot",
                "Omnie",
                "Omni",
                "CD",
                "01",
                "CD-01",
                "Service",
                "Servicevertrag",
                "2",
                "x",
                "und",
                "Lieferung",
                "Ketty",
                "KettyBot",
                "PD-KB-01",
                "Halle",
                "\u200b",
                "Ｂｅｌｌａ",
                "Bot2",
                "XOmnie",
                "Omnies",
                "Bella\u00adBot5",
                "Pudu",
                "CC1",
                "cleaning",
                "robot",
                "Angebot",
                "Omni Angebot",
                "Pudu KettyBot",
                "3 pcs");
        List<CrmProduct> crm = List.of(
                new CrmProduct(1, "BELLABOT", "Bella Robot", "", null, true),
                new CrmProduct(2, "PD-KB-01", "Ketty Bot", "", null, true),
                new CrmProduct(3, "PD-X", "Bella Bot", "", null, true));
        for (int run = 0; run < 300; run++) {
            List<Sale> sales = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                StringBuilder heading = new StringBuilder();
                for (int w = 0; w < 2 + random.nextInt(4); w++) {
                    heading.append(parts.get(random.nextInt(parts.size()))).append(random.nextBoolean() ? " " : "");
                }
                sales.add(sale(i + 1, heading.toString()));
            }
            KeywordSuggestions result = run(sales, SaleQuery.all(), crm, List.of(), 100);

            List<Product> accepted = accept(result.proposals());
            String why = sales.stream().map(Sale::heading).toList() + " gave " + result.proposals();
            assertThat(AliasCheck.problems(accepted)).as(why).isEmpty();
            ProductMatcher matcher = ProductMatcher.of(ProductCatalog.of(accepted));
            ProductMatcher original = ProductMatcher.of(CATALOG);
            for (Sale sale : sales) {
                if (!original.match(sale.heading()).isEmpty()) {
                    continue; // proposals come from, and are checked on, the headings nothing matched in
                }
                assertThat(matcher.match(sale.heading()).mentions())
                        .as("%s: %s", sale.heading(), why)
                        .filteredOn(m -> CATALOG.byCode(m.product().code()).isEmpty())
                        .hasSizeLessThanOrEqualTo(1);
            }
            for (KeywordProposal a : result.proposals()) {
                for (KeywordProposal b : result.proposals()) {
                    assertThat(a == b || java.util.Collections.indexOfSubList(wordsOf(a.text()), wordsOf(b.text())) < 0)
                            .as("%s contains %s: %s", a.text(), b.text(), why)
                            .isTrue();
                }
            }
        }
    }

    /**
     * The sandbox's headings (each with its quote and field) against this catalogue and the sandbox's CRM: with every
     * proposal accepted, no unmatched heading names two new products, and no proposal's words contain another's.
     */
    @Test
    void suggest_sandboxHeadingsWithEveryProposalAccepted_countNoHeadingTwice() {
        List<Sale> sales = SandboxTenant.structuredSales().stream()
                .map(SandboxTenant.TrueSale::sale)
                .toList();

        KeywordSuggestions result = run(
                sales,
                SaleQuery.all(),
                SandboxTenant.crmProducts(SandboxTenant.FAMILIES_EN),
                SandboxTenant.families(SandboxTenant.FAMILIES_EN),
                SuggestKeywordsCommand.DEFAULT_TOP);

        result.proposals()
                .forEach(p -> System.out.println("PROP " + p.kind() + " " + p.text() + " " + p.headingCount()));
        assertThat(result.proposals()).hasSizeGreaterThan(SuggestKeywordsCommand.DEFAULT_TOP / 2);
        // 3xHolaBot, 1xBelaBot: a keyword with its count glued on would find the product and lose the count
        assertThat(result.proposals())
                .flatExtracting(p -> wordsOf(p.text()))
                .allSatisfy(
                        word -> assertThat(HeadingWords.withoutGluedCount(word)).isEqualTo(word));
        ProductMatcher original = ProductMatcher.of(CATALOG);
        ProductMatcher accepted = ProductMatcher.of(ProductCatalog.of(accept(result.proposals())));
        for (Sale sale : sales) {
            if (original.match(sale.heading()).isEmpty()) {
                assertThat(accepted.match(sale.heading()).mentions())
                        .as("%s with %s", sale.heading(), result.proposals())
                        .filteredOn(m -> CATALOG.byCode(m.product().code()).isEmpty())
                        .hasSizeLessThanOrEqualTo(1);
            }
        }
        assertThat(proposals(result, Kind.CRM_NAME))
                .filteredOn(p -> p.text().equals("Keenon T8"))
                .singleElement()
                .satisfies(p -> assertThat(p.crmProductCode()).hasValue("KN-T8-01"));
    }

    private static List<String> wordsOf(String text) {
        return java.util.Arrays.stream(com.roboplanet.soconnector.domain.matching.TextNormalizer.fold(text)
                        .split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static List<Product> accept(List<KeywordProposal> proposals) {
        java.util.Map<String, Product> products = new java.util.LinkedHashMap<>();
        CATALOG.products().forEach(p -> products.put(p.code(), p));
        int next = 0;
        for (KeywordProposal proposal : proposals) {
            Product existing = proposal.productCode() == null ? null : products.get(proposal.productCode());
            if (existing != null) {
                List<String> aliases = new ArrayList<>(existing.aliases());
                aliases.add(proposal.text());
                products.put(existing.code(), new Product(existing.code(), existing.name(), aliases));
            } else {
                String code = proposal.productCode() != null ? proposal.productCode() : "PROPOSED-" + next++;
                products.put(code, new Product(code, proposal.text(), List.of(proposal.text())));
            }
        }
        return List.copyOf(products.values());
    }

    private KeywordSuggestions suggest(List<Sale> sales, List<String> crmNames) {
        return suggest(sales, crmNames, 100);
    }

    /** The CRM names as product families: names without a code. */
    private KeywordSuggestions suggest(List<Sale> sales, List<String> crmNames, int top) {
        List<ProductFamily> families = IntStream.range(0, crmNames.size())
                .mapToObj(i -> new ProductFamily(i + 1, crmNames.get(i), "", false))
                .toList();
        return run(sales, SaleQuery.all(), List.of(), families, top);
    }

    /** Sales from the CRM, whose catalogue holds {@code crmProducts} and {@code crmFamilies}. */
    private KeywordSuggestions run(
            List<Sale> sales, SaleQuery query, List<CrmProduct> crmProducts, List<ProductFamily> crmFamilies, int top) {
        return run(SuggestKeywordsService.DEFAULT_CAPACITY, sales, query, crmProducts, crmFamilies, top);
    }

    private KeywordSuggestions run(
            int capacity,
            List<Sale> sales,
            SaleQuery query,
            List<CrmProduct> crmProducts,
            List<ProductFamily> crmFamilies,
            int top) {
        return new SuggestKeywordsService(
                        FixedSaleSources.of(new InMemorySaleSource(sales)),
                        catalogFiles,
                        () -> new FakeCrmCatalog(crmFamilies, crmProducts),
                        NO_WARNINGS,
                        capacity)
                .suggest(new SuggestKeywordsCommand(
                        SaleOrigin.crm(false), query, new CatalogChoice(CATALOG_FILE, false), top));
    }

    @Test
    void suggest_crmNamesNotPermitted_warnsAndProposesWithoutThem() {
        List<String> warnings = new ArrayList<>();
        CrmCatalogSource refusing = new CrmCatalogSource() {
            @Override
            public List<ProductFamily> productFamilies(boolean includeDeleted) {
                return List.of(new ProductFamily(3, "Service robots", "", false));
            }

            @Override
            public List<CrmProduct> products() {
                throw new CrmCatalogException(
                        SaleSourceException.Kind.NOT_PERMITTED, "SuperOffice refused GET v1/Product (403)", null);
            }
        };

        KeywordSuggestions result = new SuggestKeywordsService(
                        FixedSaleSources.of(new InMemorySaleSource(List.of(sale(1, "KettyBot Lieferung")))),
                        catalogFiles,
                        () -> refusing,
                        warnings::add)
                .suggest(new SuggestKeywordsCommand(
                        SaleOrigin.crm(false), SaleQuery.all(), new CatalogChoice(CATALOG_FILE, false), 30));

        assertThat(result.unmatchedHeadings()).isEqualTo(1);
        assertThat(warnings)
                .containsExactly("SuperOffice refused GET v1/Product (403); going on without the CRM's product names");
    }

    @ParameterizedTest
    @EnumSource(
            value = SaleSourceException.Kind.class,
            names = {"ACCESS_DENIED", "UNAVAILABLE", "BAD_RESPONSE"})
    void suggest_crmNamesFailOtherwise_stopsTheCommand(SaleSourceException.Kind kind) {
        CrmCatalogSource failing = new CrmCatalogSource() {
            @Override
            public List<ProductFamily> productFamilies(boolean includeDeleted) {
                return List.of();
            }

            @Override
            public List<CrmProduct> products() {
                throw new CrmCatalogException(kind, "x", null);
            }
        };
        SuggestKeywordsService service = new SuggestKeywordsService(
                FixedSaleSources.of(new InMemorySaleSource(List.of(sale(1, "KettyBot Lieferung")))),
                catalogFiles,
                () -> failing,
                NO_WARNINGS);

        assertThatThrownBy(() -> service.suggest(new SuggestKeywordsCommand(
                        SaleOrigin.crm(false), SaleQuery.all(), new CatalogChoice(CATALOG_FILE, false), 30)))
                .isInstanceOfSatisfying(
                        CrmCatalogException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @Test
    void suggest_exportFile_neverAsksTheCrmForNames() {
        KeywordSuggestions result = new SuggestKeywordsService(
                        FixedSaleSources.of(new InMemorySaleSource(List.of(sale(1, "KettyBot Lieferung")))),
                        catalogFiles,
                        () -> {
                            throw new AssertionError("the CRM was asked");
                        },
                        NO_WARNINGS)
                .suggest(new SuggestKeywordsCommand(
                        SaleOrigin.exportFile(Path.of("export.csv"), java.util.Map.of()),
                        SaleQuery.all(),
                        new CatalogChoice(CATALOG_FILE, false),
                        30));

        assertThat(texts(result, Kind.CRM_NAME)).isEmpty();
        assertThat(result.catalog()).isSameAs(CATALOG);
    }

    @Test
    void suggest_builtInCatalogue_isUsedWithoutAFile() {
        KeywordSuggestions result = new SuggestKeywordsService(
                        FixedSaleSources.of(new InMemorySaleSource(List.of(sale(1, "Omnie Lieferung")))),
                        catalogFiles,
                        () -> new FakeCrmCatalog(List.of(), List.of()),
                        NO_WARNINGS)
                .suggest(new SuggestKeywordsCommand(
                        SaleOrigin.crm(false), SaleQuery.all(), CatalogChoice.builtIn(), 30));

        assertThat(result.unmatchedHeadings()).isZero();
        assertThat(result.catalog().byCode("OMNIE")).isPresent();
    }

    /**
     * Every candidate the unmatched headings of {@code sales} give, before proposals are picked from them: what the
     * tally counted. {@code crmNames} are the CRM's names as product families.
     */
    private static List<KeywordProposal> candidates(List<Sale> sales, List<String> crmNames) {
        ProductMatcher matcher = ProductMatcher.of(CATALOG);
        ProposalTally tally = new ProposalTally(SuggestKeywordsService.DEFAULT_CAPACITY);
        KeywordCandidates candidates = new KeywordCandidates(
                CATALOG,
                List.of(),
                IntStream.range(0, crmNames.size())
                        .mapToObj(i -> new ProductFamily(i + 1, crmNames.get(i), "", false))
                        .toList(),
                new CoveredTally(100));
        for (Sale sale : sales) {
            if (matcher.match(sale.heading()).isEmpty()) {
                candidates.addTo(tally, sale.heading());
            }
        }
        return tally.ranked();
    }

    private static List<KeywordProposal> of(List<KeywordProposal> candidates, Kind kind) {
        return candidates.stream().filter(p -> p.kind() == kind).toList();
    }

    private static List<String> texts(List<KeywordProposal> candidates, Kind kind) {
        return of(candidates, kind).stream().map(KeywordProposal::text).toList();
    }

    private static List<KeywordProposal> proposals(KeywordSuggestions result, Kind kind) {
        return result.proposals().stream().filter(p -> p.kind() == kind).toList();
    }

    private static List<String> texts(KeywordSuggestions result, Kind kind) {
        return proposals(result, kind).stream().map(KeywordProposal::text).toList();
    }

    private static Sale sale(long id, String heading) {
        return new Sale(id, heading, LocalDate.of(2024, 5, 1), ACME, "Rep", BigDecimal.TEN);
    }
}
