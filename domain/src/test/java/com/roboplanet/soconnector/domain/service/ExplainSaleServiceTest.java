package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.CatalogChoice;
import com.roboplanet.soconnector.domain.port.in.ExplainSaleCommand;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogUseCase;
import com.roboplanet.soconnector.domain.port.in.RecognisedProduct;
import com.roboplanet.soconnector.domain.port.in.SaleExplanation;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplainSaleServiceTest {
    private static final Customer ACME = new Customer(7, "Acme GmbH");
    private static final MergeCrmCatalogUseCase NO_CRM = command -> {
        throw new AssertionError("the CRM was not asked for");
    };

    private final InMemoryCatalogFiles catalogFiles = new InMemoryCatalogFiles();

    @Test
    void explain_gluedAlias_showsTheSkeletonEveryCandidateAndTheResult() {
        SaleExplanation explanation = explain(record(1, "2xOmnies Wartungsvertrag", ACME), CatalogChoice.builtIn());

        assertThat(explanation.record().asReturned()).isEqualTo("{\"saleId\": 1}");
        assertThat(explanation.skeleton()).isEqualTo("2xomnieswartungsvertrag");
        assertThat(explanation.candidates())
                .anySatisfy(line -> assertThat(line).contains("alias Omnie of OMNIE, not counted"));
        assertThat(explanation.result()).containsExactly(new RecognisedProduct("SERVICE", 1, "Wartungsvertrag"));
        assertThat(explanation.catalogProducts()).isEqualTo(2);
        assertThat(explanation.catalogAliases()).isEqualTo(5);
    }

    @Test
    void explain_emptyHeading_isNotMatched() {
        SaleExplanation explanation = explain(record(2, " ", null), CatalogChoice.builtIn());

        assertThat(explanation.skeleton()).isEmpty();
        assertThat(explanation.candidates()).isEmpty();
        assertThat(explanation.result()).isEmpty();
    }

    @Test
    void explain_catalogueFile_isTheOneExplained() {
        catalogFiles.with(
                Path.of("products.csv"),
                ProductCatalog.of(List.of(new Product("KETTYBOT", "KettyBot", List.of("Ketty Bot")))));

        SaleExplanation explanation =
                explain(record(3, "3x Kettybot", ACME), new CatalogChoice(Path.of("products.csv"), false));

        assertThat(explanation.result()).containsExactly(new RecognisedProduct("KETTYBOT", 3, "Kettybot"));
        assertThat(explanation.catalogProducts()).isEqualTo(1);
    }

    @Test
    void explain_unknownSale_isEmpty() {
        var service =
                new ExplainSaleService(FixedSaleSources.of(new InMemorySaleRecords(List.of())), catalogFiles, NO_CRM);

        assertThat(service.explain(new ExplainSaleCommand(SaleOrigin.crm(false), 99, CatalogChoice.builtIn())))
                .isEmpty();
    }

    @Test
    void explain_brokenCatalogue_failsBeforeTheSaleIsLookedFor() {
        FixedSaleSources sources = FixedSaleSources.of(new InMemorySaleRecords(List.of()));
        var service = new ExplainSaleService(sources, catalogFiles, NO_CRM);
        var command =
                new ExplainSaleCommand(SaleOrigin.crm(false), 1, new CatalogChoice(Path.of("missing.csv"), false));

        assertThatThrownBy(() -> service.explain(command)).hasMessage("missing.csv: file not found");
        assertThat(sources.asked).isEmpty();
    }

    @Test
    void explain_exportFile_readsTheRecordFromThatOrigin() {
        FixedSaleSources sources = FixedSaleSources.of(new InMemorySaleRecords(List.of(record(4, "Omnie", ACME))));
        SaleOrigin export = SaleOrigin.exportFile(Path.of("export.csv"), Map.of());

        new ExplainSaleService(sources, catalogFiles, NO_CRM)
                .explain(new ExplainSaleCommand(export, 4, CatalogChoice.builtIn()));

        assertThat(sources.asked).containsExactly(export);
    }

    private SaleExplanation explain(SaleRecord record, CatalogChoice catalog) {
        return new ExplainSaleService(
                        FixedSaleSources.of(new InMemorySaleRecords(List.of(record))), catalogFiles, NO_CRM)
                .explain(new ExplainSaleCommand(
                        SaleOrigin.crm(false), record.sale().id(), catalog))
                .orElseThrow();
    }

    private static SaleRecord record(long id, String heading, Customer customer) {
        return new SaleRecord(
                new Sale(id, heading, LocalDate.of(2024, 3, 1), customer, "Anna", null), "{\"saleId\": " + id + "}");
    }
}
