package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.model.CatalogProposal;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.in.KeywordProposal;
import com.roboplanet.soconnector.domain.port.in.KeywordProposal.Kind;
import com.roboplanet.soconnector.domain.port.in.ProposeCatalogEntriesCommand;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposeCatalogEntriesServiceTest {
    private static final ProductCatalog CATALOG = ProductCatalog.of(List.of(
            new Product("OMNIE", "Omnie", List.of("Omnie")), new Product("TRAINING", "Training", List.of("Schulung"))));

    @Test
    void of_nearMissesOfOneProduct_becomeOneLineWithAllItsAliases() {
        List<CatalogProposal> result = ProposeCatalogEntriesService.entries(
                CATALOG,
                List.of(
                        new KeywordProposal(Kind.NEAR_MISS, "Omni", "OMNIE", 5, List.of("Omni 2x")),
                        new KeywordProposal(Kind.NEAR_MISS, "Omnia", "OMNIE", 3, List.of("Omnia"))));

        assertThat(result)
                .extracting(p -> p.product().code(), p -> p.product().aliases(), CatalogProposal::headingCount)
                .containsExactly(tuple("OMNIE", List.of("Omnie", "Omni", "Omnia"), 5L));
        assertThat(result.get(0).examples()).containsExactly("Omni 2x", "Omnia");
    }

    @Test
    void of_newKeywords_getFoldedCodesAndTakenCodesAreLeftOut() {
        List<CatalogProposal> result = ProposeCatalogEntriesService.entries(
                CATALOG,
                List.of(
                        new KeywordProposal(Kind.CRM_NAME, "Bürstenset CC1", null, 4, List.of("Bürstenset CC1")),
                        new KeywordProposal(Kind.WORD, "training", null, 9, List.of("Training vor Ort")),
                        new KeywordProposal(Kind.PHRASE, "buerstenset cc1", null, 4, List.of("Bürstenset CC1"))));

        assertThat(result)
                .extracting(
                        p -> p.product().code(),
                        p -> p.product().name(),
                        p -> p.product().aliases())
                .containsExactly(tuple("BUERSTENSET-CC1", "Bürstenset CC1", List.of("Bürstenset CC1")));
    }

    @Test
    void of_crmProductName_isANewProductUnderTheCrmsOwnCodeAndName() {
        List<CatalogProposal> result = ProposeCatalogEntriesService.entries(
                CATALOG,
                List.of(
                        new KeywordProposal(Kind.CRM_NAME, "Pudu BellaBot", "PD-BB-01", 6, List.of("Pudu BellaBot x2")),
                        new KeywordProposal(Kind.CRM_NAME, "BellaBot Servierroboter", "pd-bb-01", 2, List.of("b"))));

        assertThat(result)
                .extracting(
                        p -> p.product().code(),
                        p -> p.product().name(),
                        p -> p.product().aliases(),
                        CatalogProposal::headingCount)
                .containsExactly(
                        tuple("PD-BB-01", "Pudu BellaBot", List.of("Pudu BellaBot", "BellaBot Servierroboter"), 6L));
    }

    @Test
    void of_crmProductNameWhoseCodeTheCatalogueHas_becomesAnAliasOfThatProduct() {
        List<CatalogProposal> result = ProposeCatalogEntriesService.entries(
                CATALOG,
                List.of(
                        new KeywordProposal(Kind.NEAR_MISS, "Omni", "OMNIE", 5, List.of("Omni 2x")),
                        new KeywordProposal(
                                Kind.CRM_NAME,
                                "Omnie Reinigungsroboter",
                                "omnie",
                                3,
                                List.of("Omnie Reinigungsroboter")),
                        new KeywordProposal(Kind.WORD, "omnie-x", null, 1, List.of("omnie-x"))));

        assertThat(result)
                .extracting(
                        p -> p.product().code(),
                        p -> p.product().name(),
                        p -> p.product().aliases())
                .containsExactly(
                        tuple("OMNIE", "Omnie", List.of("Omnie", "Omni", "Omnie Reinigungsroboter")),
                        tuple("OMNIE-X", "omnie-x", List.of("omnie-x")));
    }

    @Test
    void of_derivedCodeThatACrmProposalTakes_isLeftOut() {
        List<CatalogProposal> result = ProposeCatalogEntriesService.entries(
                CATALOG,
                List.of(
                        new KeywordProposal(Kind.WORD, "kettybot", null, 9, List.of("kettybot")),
                        new KeywordProposal(Kind.CRM_NAME, "Pudu KettyBot", "KETTYBOT", 2, List.of("Pudu KettyBot"))));

        assertThat(result)
                .extracting(p -> p.product().code(), p -> p.product().name())
                .containsExactly(tuple("KETTYBOT", "Pudu KettyBot"));
    }

    /** Left out, the code would stay unmatched in the headings that write it, although its product is proposed. */
    @Test
    void of_productCodeOfAProposedOrKnownProduct_becomesAnAliasOnThatProductsLine() {
        ProductCatalog catalog =
                ProductCatalog.of(List.of(new Product("PD-HB-01", "Pudu HolaBot", List.of("HolaBot"))));

        List<CatalogProposal> result = ProposeCatalogEntriesService.entries(
                catalog,
                List.of(
                        new KeywordProposal(Kind.CRM_NAME, "Keenon T8", "KN-T8-01", 5, List.of("2x Keenon T8")),
                        new KeywordProposal(Kind.PRODUCT_CODE, "KN-T8-01", null, 3, List.of("KN-T8-01 x3 Hotel")),
                        new KeywordProposal(Kind.PRODUCT_CODE, "PD-HB-01", null, 2, List.of("PD-HB-01 Messe"))));

        assertThat(result)
                .extracting(p -> p.product().code(), p -> p.product().aliases())
                .containsExactly(
                        tuple("PD-HB-01", List.of("HolaBot", "PD-HB-01")),
                        tuple("KN-T8-01", List.of("Keenon T8", "KN-T8-01")));
    }

    @Test
    void propose_targetFile_getsTheCatalogueWithTheEntries() {
        InMemoryCatalogFiles files = new InMemoryCatalogFiles();
        Path target = Path.of("proposed.csv");

        List<CatalogProposal> written = new ProposeCatalogEntriesService(files)
                .propose(new ProposeCatalogEntriesCommand(
                        CATALOG,
                        List.of(new KeywordProposal(Kind.WORD, "KettyBot", null, 2, List.of("KettyBot Miete"))),
                        target));

        assertThat(written).extracting(p -> p.product().code()).containsExactly("KETTYBOT");
        assertThat(files.written).containsOnlyKeys(target);
        assertThat(files.written.get(target)).isEqualTo(written);
        assertThat(files.read(target)).isSameAs(CATALOG);
    }
}
