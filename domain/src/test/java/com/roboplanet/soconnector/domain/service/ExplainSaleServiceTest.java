package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.model.QuoteLine;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.CatalogChoice;
import com.roboplanet.soconnector.domain.port.in.ExplainSaleCommand;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogUseCase;
import com.roboplanet.soconnector.domain.port.in.RecognisedProduct;
import com.roboplanet.soconnector.domain.port.in.SaleExplanation;
import com.roboplanet.soconnector.domain.port.in.SaleExplanation.StructuredStage.Status;
import com.roboplanet.soconnector.domain.port.out.ReportDestination;
import com.roboplanet.soconnector.domain.port.out.ReportFormat;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSinks;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExplainSaleServiceTest {
    private static final Customer ACME = new Customer(7, "Acme GmbH");
    private static final MergeCrmCatalogUseCase NO_CRM = command -> {
        throw new AssertionError("the CRM was not asked for");
    };
    private static final CrmProductNames NO_CRM_NAMES = new CrmProductNames(
            () -> {
                throw new AssertionError("the CRM's products were not asked for");
            },
            message -> {
                throw new AssertionError("unexpected warning: " + message);
            });

    private static final ReportSinks NO_SINK = destination -> {
        throw new AssertionError("nothing was to be written");
    };

    private final InMemoryCatalogFiles catalogFiles = new InMemoryCatalogFiles();

    @Test
    void explain_gluedAlias_showsTheSkeletonEveryCandidateAndTheResult() {
        SaleExplanation explanation = explain(record(1, "2xOmnien Wartungsvertrag", ACME), CatalogChoice.builtIn());

        assertThat(explanation.record().asReturned()).isEqualTo("{\"saleId\": 1}");
        assertThat(explanation.skeleton()).isEqualTo("2xomnienwartungsvertrag");
        assertThat(explanation.candidates())
                .anySatisfy(line -> assertThat(line).contains("alias Omnie of OMNIE, not counted"));
        // the count reaches across the plain word Omnien, as in "2x neue Wartungsvertrag"
        assertThat(explanation.result()).containsExactly(new RecognisedProduct("SERVICE", 2, "Wartungsvertrag"));
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
        var service = new ExplainSaleService(
                FixedSaleSources.of(new InMemorySaleRecords(List.of())), NO_SINK, catalogFiles, NO_CRM, NO_CRM_NAMES);

        assertThat(service.explain(
                        new ExplainSaleCommand(SaleOrigin.crm(false), 99, CatalogChoice.builtIn(), List.of(), false)))
                .isEmpty();
    }

    @Test
    void explain_brokenCatalogue_failsBeforeTheSaleIsLookedFor() {
        FixedSaleSources sources = FixedSaleSources.of(new InMemorySaleRecords(List.of()));
        var service = new ExplainSaleService(sources, NO_SINK, catalogFiles, NO_CRM, NO_CRM_NAMES);
        var command = new ExplainSaleCommand(
                SaleOrigin.crm(false), 1, new CatalogChoice(Path.of("missing.csv"), false), List.of(), false);

        assertThatThrownBy(() -> service.explain(command)).hasMessage("missing.csv: file not found");
        assertThat(sources.asked).isEmpty();
    }

    @Test
    void explain_exportFile_readsTheRecordFromThatOrigin() {
        FixedSaleSources sources = FixedSaleSources.of(new InMemorySaleRecords(List.of(record(4, "Omnie", ACME))));
        SaleOrigin export = SaleOrigin.exportFile(Path.of("export.csv"), Map.of());

        new ExplainSaleService(sources, NO_SINK, catalogFiles, NO_CRM, NO_CRM_NAMES)
                .explain(new ExplainSaleCommand(export, 4, CatalogChoice.builtIn(), List.of(), false));

        assertThat(sources.asked).containsExactly(export);
    }

    @Test
    void explain_quotedSale_showsTheQuoteLinesThenTheHeadingAndTheReportsRows() {
        Sale sale = new Sale(
                5,
                "2x Omnie Wartung",
                LocalDate.of(2024, 3, 1),
                ACME,
                "Anna",
                null,
                true,
                List.of(new QuoteLine("RR-02-017-OMNIE", "Omnie CD-01", "", null)),
                Map.of());
        FixedSaleSources sources =
                FixedSaleSources.of(new InMemorySaleRecords(List.of(new SaleRecord(sale, "{\"saleId\": 5}"))));

        SaleExplanation explanation = new ExplainSaleService(sources, NO_SINK, catalogFiles, NO_CRM, NO_CRM_NAMES)
                .explain(new ExplainSaleCommand(SaleOrigin.crm(true), 5, CatalogChoice.builtIn(), List.of(), false))
                .orElseThrow();

        assertThat(sources.asked).containsExactly(SaleOrigin.crm(true));
        assertThat(explanation.quoteLines().status()).isEqualTo(Status.READ);
        assertThat(explanation.quoteLines().values()).containsExactly("RR-02-017-OMNIE \"Omnie CD-01\", no quantity");
        assertThat(explanation.quoteLines().products())
                .containsExactly(new RecognisedProduct("OMNIE", 1, "RR-02-017-OMNIE Omnie CD-01"));
        assertThat(explanation.quoteLines().placements())
                .containsExactly("quote line \"RR-02-017-OMNIE Omnie CD-01\": OMNIE, its code is alias RR-02-017-OMNIE"
                        + " of OMNIE");
        assertThat(explanation.headingReportedElsewhere())
                .containsExactly("\"Omnie\" (OMNIE x2) is reported in quote line \"RR-02-017-OMNIE Omnie CD-01\", the"
                        + " same product");
        assertThat(explanation.userDefinedFields().status()).isEqualTo(Status.NOT_READ);
        assertThat(explanation.result())
                .containsExactly(
                        new RecognisedProduct("OMNIE", 2, "Omnie"), new RecognisedProduct("SERVICE", 1, "Wartung"));
        assertThat(explanation.rows())
                .extracting(ReportRow::productCode, ReportRow::quantity, ReportRow::source, ReportRow::quantitySource)
                .containsExactly(
                        tuple("OMNIE", 2, MatchSource.QUOTE_LINE, QuantitySource.MARKER),
                        tuple("SERVICE", 1, MatchSource.HEADING, QuantitySource.DEFAULT));
    }

    @Test
    void explain_productCodeInAField_showsTheFieldsAndTheUdfRow() {
        Sale sale = new Sale(
                6,
                "Lieferung",
                LocalDate.of(2024, 3, 1),
                ACME,
                "Anna",
                null,
                false,
                List.of(),
                Map.of("SuperOffice:1", "RR-02-017-OMNIE", "SuperOffice:2", " "));
        List<Pattern> codes = List.of(Pattern.compile("RR-\\d{2}-\\d{3}-[A-Z]+"));

        SaleExplanation explanation = new ExplainSaleService(
                        FixedSaleSources.of(new InMemorySaleRecords(List.of(new SaleRecord(sale, "{}")))),
                        NO_SINK,
                        catalogFiles,
                        NO_CRM,
                        NO_CRM_NAMES)
                .explain(new ExplainSaleCommand(SaleOrigin.crm(true), 6, CatalogChoice.builtIn(), codes, false))
                .orElseThrow();

        assertThat(explanation.quoteLines().status()).isEqualTo(Status.EMPTY);
        assertThat(explanation.userDefinedFields().status()).isEqualTo(Status.READ);
        assertThat(explanation.userDefinedFields().values()).containsExactly("SuperOffice:1 = RR-02-017-OMNIE");
        assertThat(explanation.result()).isEmpty();
        assertThat(explanation.rows())
                .extracting(ReportRow::productCode, ReportRow::source)
                .containsExactly(tuple("OMNIE", MatchSource.UDF));
    }

    /**
     * A field holds a code only: the CRM's product archive names it (asked once, because the catalogue cannot place
     * the code), the explanation says by which rule that name placed the field, and that the heading's CC1 x3 is
     * counted in the field's row because the field names CC1, so the rows at the end add up.
     */
    @Test
    void explain_fieldCodeTheCatalogueLacks_placesItByTheCrmsNameAndSaysWhereTheHeadingsCountWent() {
        Sale sale = new Sale(
                7,
                "3 pcs CC1 charging dock",
                LocalDate.of(2024, 3, 1),
                ACME,
                "Anna",
                null,
                false,
                List.of(),
                Map.of("SuperOffice:1", "CH-CC1-01"));
        catalogFiles.with(
                Path.of("products.csv"),
                ProductCatalog.of(List.of(
                        new Product("CC1", "Pudu CC1", List.of("CC1")),
                        new Product("CHARGER", "Ladestation", List.of("Ladestation*")))));
        FakeCrmCatalog crm = new FakeCrmCatalog(
                List.of(), List.of(new CrmProduct(10, "CH-CC1-01", "Ladestation CC1", "", null, true)));

        SaleExplanation explanation = new ExplainSaleService(
                        FixedSaleSources.of(new InMemorySaleRecords(List.of(new SaleRecord(sale, "{}")))),
                        NO_SINK,
                        catalogFiles,
                        NO_CRM,
                        new CrmProductNames(() -> crm, message -> {}))
                .explain(new ExplainSaleCommand(
                        SaleOrigin.crm(true),
                        7,
                        new CatalogChoice(Path.of("products.csv"), false),
                        List.of(Pattern.compile("[A-Z]{2}-[A-Z0-9]+-\\d{2}")),
                        false))
                .orElseThrow();

        assertThat(explanation.userDefinedFields().placements())
                .containsExactly("user-defined field \"CH-CC1-01\" (the CRM names it \"Ladestation CC1\"): CHARGER, its"
                        + " name starts with alias Ladestation* of CHARGER");
        // "CC1 charging dock" is a dock for the CC1, not a CC1: the heading counts nothing, its count goes to the field
        assertThat(explanation.result()).isEmpty();
        assertThat(explanation.headingReportedElsewhere())
                .containsExactly("\"CC1\" (CC1 x3) is reported in user-defined field \"CH-CC1-01 Ladestation CC1\","
                        + " whose code or name names CC1: the structured value says what was sold");
        assertThat(explanation.rows())
                .extracting(ReportRow::productCode, ReportRow::quantity, ReportRow::source)
                .containsExactly(tuple("CHARGER", 3, MatchSource.UDF));
        assertThat(crm.reads).isEqualTo(1);
    }

    @Test
    void explain_exportRowWithInvisibleCharacter_showsItAndSaysTheExportHasNoStructuredPlaces() {
        SaleExplanation explanation = explain(record(7, "Bella\u200bBot Lieferung", ACME), CatalogChoice.builtIn());

        assertThat(explanation.headingShown()).isEqualTo("Bella\\u200bBot Lieferung");
        assertThat(explanation.quoteLines().status()).isEqualTo(Status.NOT_READ);
        assertThat(explanation.rows()).isEmpty();

        FixedSaleSources sources = FixedSaleSources.of(new InMemorySaleRecords(List.of(record(8, "Omnie", ACME))));
        SaleExplanation export = new ExplainSaleService(sources, NO_SINK, catalogFiles, NO_CRM, NO_CRM_NAMES)
                .explain(new ExplainSaleCommand(
                        SaleOrigin.exportFile(Path.of("export.csv"), Map.of()),
                        8,
                        CatalogChoice.builtIn(),
                        List.of(),
                        false))
                .orElseThrow();
        assertThat(export.quoteLines().status()).isEqualTo(Status.NOT_IN_SOURCE);
        assertThat(export.userDefinedFields().status()).isEqualTo(Status.NOT_IN_SOURCE);
    }

    @Test
    void explain_unmatchedOrWithoutCustomer_hasTheRowsTheReportWrites() {
        SaleExplanation unmatched = new ExplainSaleService(
                        FixedSaleSources.of(new InMemorySaleRecords(List.of(record(9, "Reparatur", ACME)))),
                        NO_SINK,
                        catalogFiles,
                        NO_CRM,
                        NO_CRM_NAMES)
                .explain(new ExplainSaleCommand(SaleOrigin.crm(false), 9, CatalogChoice.builtIn(), List.of(), true))
                .orElseThrow();
        SaleExplanation withoutCustomer = explain(record(10, "Omnie", null), CatalogChoice.builtIn());

        assertThat(unmatched.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.matched()).isFalse());
        assertThat(unmatched.summary().unmatched()).isEqualTo(1);
        assertThat(withoutCustomer.result()).isNotEmpty();
        assertThat(withoutCustomer.rows()).isEmpty();
        assertThat(withoutCustomer.summary().skippedWithoutCustomer()).isEqualTo(1);
    }

    @Test
    void writeRows_destination_getsTheRowsAndTheOneSaleSummaryThroughTheReportsSink() {
        RecordingReportSink sink = new RecordingReportSink();
        List<ReportDestination> asked = new ArrayList<>();
        ReportSinks sinks = destination -> {
            asked.add(destination);
            return sink;
        };
        ExplainSaleService service = new ExplainSaleService(
                FixedSaleSources.of(new InMemorySaleRecords(List.of(record(11, "3x Omnie", ACME)))),
                sinks,
                catalogFiles,
                NO_CRM,
                NO_CRM_NAMES);
        SaleExplanation explanation = service.explain(
                        new ExplainSaleCommand(SaleOrigin.crm(false), 11, CatalogChoice.builtIn(), List.of(), false))
                .orElseThrow();

        service.writeRows(explanation, ReportDestination.standardOutput(ReportFormat.CSV));

        assertThat(asked).containsExactly(ReportDestination.standardOutput(ReportFormat.CSV));
        assertThat(sink.rows).isEqualTo(explanation.rows()).hasSize(1);
        assertThat(sink.completedWith).isSameAs(explanation.summary());
        assertThat(sink.closed).isTrue();
    }

    private SaleExplanation explain(SaleRecord record, CatalogChoice catalog) {
        return new ExplainSaleService(
                        FixedSaleSources.of(new InMemorySaleRecords(List.of(record))),
                        NO_SINK,
                        catalogFiles,
                        NO_CRM,
                        NO_CRM_NAMES)
                .explain(new ExplainSaleCommand(
                        SaleOrigin.crm(false), record.sale().id(), catalog, List.of(), false))
                .orElseThrow();
    }

    private static SaleRecord record(long id, String heading, Customer customer) {
        return new SaleRecord(
                new Sale(id, heading, LocalDate.of(2024, 3, 1), customer, "Anna", null), "{\"saleId\": " + id + "}");
    }
}
