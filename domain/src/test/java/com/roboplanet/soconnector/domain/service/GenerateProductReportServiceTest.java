package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.model.QuoteLine;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.CatalogChoice;
import com.roboplanet.soconnector.domain.port.in.GenerateProductReportCommand;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogUseCase;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogException;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import com.roboplanet.soconnector.domain.port.out.ReportDestination;
import com.roboplanet.soconnector.domain.port.out.ReportFormat;
import com.roboplanet.soconnector.domain.port.out.ReportProgress;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GenerateProductReportServiceTest {
    private static final Customer ACME = new Customer(7, "Acme GmbH");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private static final ReportDestination REPORT = new ReportDestination(Path.of("report.csv"), ReportFormat.CSV);
    private static final MergeCrmCatalogUseCase NO_CRM = command -> {
        throw new AssertionError("the CRM was not asked for");
    };
    static final CrmProductNames NO_CRM_NAMES = new CrmProductNames(
            () -> {
                throw new AssertionError("the CRM's products were not asked for");
            },
            message -> {
                throw new AssertionError("unexpected warning: " + message);
            });

    private final RecordingReportSink sink = new RecordingReportSink();
    private final InMemoryCatalogFiles catalogFiles = new InMemoryCatalogFiles();
    private CrmProductNames crmNames = NO_CRM_NAMES;

    @Test
    void generate_mixedSales_accountsForEverySale() {
        List<Sale> sales = List.of(
                sale(1, "2xOmnie CD-01 mit Nachlass", ACME),
                sale(2, "Omnie ohne Kunde", null),
                sale(3, "", ACME),
                sale(4, "Reparatur Akku", ACME),
                sale(5, "Wartungsvertrag 2024", ACME));

        ReportSummary summary = run(sales, false);

        assertThat(summary.salesRead()).isEqualTo(5);
        assertThat(summary.skippedWithoutCustomer()).isEqualTo(1);
        assertThat(summary.skippedEmptyHeading()).isEqualTo(1);
        assertThat(summary.matchedByHeading()).isEqualTo(2);
        assertThat(summary.unmatched()).isEqualTo(1);
        assertThat(summary.rowsWritten()).isEqualTo(2);
        assertThat(summary.unmatchedExamples()).containsExactly("Reparatur Akku");
        assertThat(summary.topUnmatchedWords())
                .extracting(ReportSummary.WordCount::word)
                .contains("reparatur", "akku");
        assertThat(sink.rows)
                .extracting(ReportRow::saleId, ReportRow::productCode, ReportRow::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "OMNIE", 2),
                        org.assertj.core.groups.Tuple.tuple(5L, "SERVICE", 1));
        assertThat(sink.completedWith).isEqualTo(summary);
    }

    @Test
    void generate_mixedSales_handsTheSinkTotalsOfTheRowsItWrote() {
        Customer adler = new Customer(8, "Hotel Adler");
        run(
                List.of(
                        sale(1, "2xOmnie CD-01 mit Nachlass", ACME),
                        sale(2, "3x Omnie und Wartung", adler),
                        sale(3, "Reparatur Akku", adler),
                        sale(4, "Akku tauschen", ACME),
                        sale(5, "Omnie", null)),
                true);

        ReportTotals totals = sink.totals;
        assertThat(totals).usingRecursiveComparison().isEqualTo(ReportTotals.of(sink.rows, totals.unmatchedWords()));
        assertThat(totals.quantity())
                .isEqualTo(sink.rows.stream().mapToLong(ReportRow::quantity).sum())
                .isEqualTo(6);
        assertThat(totals.products())
                .extracting(ReportTotals.ProductTotal::code)
                .containsExactly("OMNIE", "SERVICE");
        assertThat(totals.unmatchedWords().get(0).word()).isEqualTo("akku");
        assertThat(totals.unmatchedWords().get(0).count()).isEqualTo(2);
        assertThat(totals.unmatchedWords().get(0).examples())
                .containsExactly(
                        new ReportTotals.SaleExample(3, "Hotel Adler", "Reparatur Akku"),
                        new ReportTotals.SaleExample(4, "Acme GmbH", "Akku tauschen"));
    }

    @Test
    void generate_includeUnmatched_writesOneEmptyRowPerUnmatchedSale() {
        run(List.of(sale(4, "Reparatur Akku", ACME), sale(3, " ", ACME)), true);

        assertThat(sink.rows)
                .extracting(ReportRow::saleId, ReportRow::matched)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4L, false), org.assertj.core.groups.Tuple.tuple(3L, false));
    }

    @Test
    void generate_quoteLineAndHeadingNameSameProduct_reportsItOnceFromTheQuoteLine() {
        Sale quoted = sale(1, "Omnie für Halle 3", ACME)
                .withQuoteLines(List.of(new QuoteLine("OMNIE", "Omnie CD-01", "Robots", new BigDecimal("3"))));

        ReportSummary summary = run(List.of(quoted), false);

        assertThat(sink.rows).singleElement().satisfies(row -> {
            assertThat(row.source()).isEqualTo(MatchSource.QUOTE_LINE);
            assertThat(row.quantity()).isEqualTo(3);
        });
        assertThat(summary.matchedByQuoteLine()).isEqualTo(1);
        assertThat(summary.matchedByHeading()).isZero();
    }

    @Test
    void generate_quoteLineUnknownToCatalogue_reportsTheLinesOwnCode() {
        Sale quoted = sale(1, "", ACME)
                .withQuoteLines(List.of(new QuoteLine("KT-200", "KettyBot", "Delivery", new BigDecimal("1.6"))));

        run(List.of(quoted), false);

        assertThat(sink.rows).singleElement().satisfies(row -> {
            assertThat(row.productCode()).isEqualTo("KT-200");
            assertThat(row.productName()).isEqualTo("KettyBot");
            assertThat(row.quantity()).isEqualTo(2);
        });
    }

    @Test
    void generate_productCodeInUserDefinedField_reportsItAsUdf() {
        Sale sale = new Sale(
                9,
                "Angebot Halle",
                DAY,
                ACME,
                "Anna",
                null,
                false,
                List.of(),
                Map.of("SuperOffice:1", "Artikel RR-02-017-OMNIE"));
        GenerateProductReportCommand command = new GenerateProductReportCommand(
                SaleOrigin.crm(false),
                SaleQuery.all(),
                CatalogChoice.builtIn(),
                REPORT,
                false,
                List.of(Pattern.compile("[A-Z]{2}-\\d{2}-\\d{3}-[A-Z]+")),
                0.2);

        ReportSummary summary = service(new InMemorySaleSource(List.of(sale))).generate(command);

        assertThat(sink.rows).singleElement().satisfies(row -> {
            assertThat(row.productCode()).isEqualTo("OMNIE");
            assertThat(row.source()).isEqualTo(MatchSource.UDF);
        });
        assertThat(summary.matchedByUdf()).isEqualTo(1);
    }

    @Test
    void generate_udfCodeAndHeadingNameSameProduct_takesTheHeadingsQuantity() {
        Sale sale = new Sale(
                9,
                "2xOmnie CD-01 mit Nachlass",
                DAY,
                ACME,
                "Anna",
                null,
                false,
                List.of(),
                Map.of("saleUdef/SuperOffice:1", "RR-02-017-OMNIE"));
        GenerateProductReportCommand command = new GenerateProductReportCommand(
                SaleOrigin.crm(false),
                SaleQuery.all(),
                CatalogChoice.builtIn(),
                REPORT,
                false,
                List.of(Pattern.compile("[A-Z]{2}-\\d{2}-\\d{3}-[A-Z]+")),
                0.2);

        service(new InMemorySaleSource(List.of(sale))).generate(command);

        assertThat(sink.rows).singleElement().satisfies(row -> {
            assertThat(row.source()).isEqualTo(MatchSource.UDF);
            assertThat(row.quantity()).isEqualTo(2);
        });
    }

    // Rule 5: a structured source and the heading naming the same product.

    @Test
    void generate_quoteLineWithQuantity_keepsItOverTheHeadingsCount() {
        Sale quoted = sale(1, "5x Omnie", ACME)
                .withQuoteLines(List.of(new QuoteLine("OMNIE", "Omnie", "", new BigDecimal("3"))));

        run(List.of(quoted), false);

        assertThat(sink.rows)
                .extracting(ReportRow::quantity, ReportRow::quantitySource)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, QuantitySource.QUOTE_LINE));
    }

    @Test
    void generate_quoteLineWithoutQuantity_takesTheHeadingsMarkedCount() {
        Sale quoted =
                sale(1, "Omnie (4 Stk.)", ACME).withQuoteLines(List.of(new QuoteLine("OMNIE", "Omnie", "", null)));

        run(List.of(quoted), false);

        assertThat(sink.rows)
                .extracting(ReportRow::source, ReportRow::quantity, ReportRow::quantitySource)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MatchSource.QUOTE_LINE, 4, QuantitySource.MARKER));
    }

    @Test
    void generate_quoteLineWithoutQuantityAndHeadingWithout_isOneByDefault() {
        Sale quoted = sale(1, "Omnie", ACME).withQuoteLines(List.of(new QuoteLine("OMNIE", "Omnie", "", null)));

        run(List.of(quoted), false);

        assertThat(sink.rows)
                .extracting(ReportRow::quantity, ReportRow::quantitySource)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, QuantitySource.DEFAULT));
    }

    @Test
    void generate_udfAndHeadingWithBareNumber_keepsOneFromTheField() {
        run(List.of(udfSale("12 Omnie")), false, UDF_PATTERN);

        assertThat(sink.rows)
                .extracting(ReportRow::source, ReportRow::quantity, ReportRow::quantitySource)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MatchSource.UDF, 1, QuantitySource.UDF));
    }

    @Test
    void generate_udfAndHeadingWithMarkedCountAfterTheProduct_takesTheCount() {
        run(List.of(udfSale("Omnie, Menge: 3")), false, UDF_PATTERN);

        assertThat(sink.rows)
                .extracting(ReportRow::source, ReportRow::quantity, ReportRow::quantitySource)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MatchSource.UDF, 3, QuantitySource.MARKER));
    }

    // Rule 4: every row says how its quantity was read; the summary counts them and lists what to check.

    @Test
    void generate_rowsOfEverySource_areCountedPerQuantitySource() {
        List<Sale> sales = List.of(
                sale(1, "2x Omnie", ACME),
                sale(2, "12 Omnie", ACME),
                sale(3, "Wartung 2025 Omnie", ACME),
                sale(4, "", ACME).withQuoteLines(List.of(new QuoteLine("KT-1", "KettyBot", "", BigDecimal.TEN))),
                udfSale("Angebot"));

        ReportSummary summary = run(sales, false, UDF_PATTERN);

        assertThat(sink.rows)
                .extracting(ReportRow::saleId, ReportRow::productCode, ReportRow::quantity, ReportRow::quantitySource)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "OMNIE", 2, QuantitySource.MARKER),
                        org.assertj.core.groups.Tuple.tuple(2L, "OMNIE", 12, QuantitySource.BARE_NUMBER),
                        org.assertj.core.groups.Tuple.tuple(3L, "SERVICE", 1, QuantitySource.DEFAULT),
                        org.assertj.core.groups.Tuple.tuple(3L, "OMNIE", 1, QuantitySource.DEFAULT),
                        org.assertj.core.groups.Tuple.tuple(4L, "KT-1", 10, QuantitySource.QUOTE_LINE),
                        org.assertj.core.groups.Tuple.tuple(9L, "OMNIE", 1, QuantitySource.UDF));
        assertThat(summary.rowsByQuantitySource())
                .containsExactly(
                        Map.entry(QuantitySource.MARKER, 1L),
                        Map.entry(QuantitySource.BARE_NUMBER, 1L),
                        Map.entry(QuantitySource.DEFAULT, 2L),
                        Map.entry(QuantitySource.QUOTE_LINE, 1L),
                        Map.entry(QuantitySource.UDF, 1L));
    }

    @Test
    void generate_headingQuantitiesAboveNinetyNine_areListedToCheckWithTheirSales() {
        List<Sale> sales = new java.util.ArrayList<>();
        sales.add(sale(1, "99 Omnie", ACME));
        sales.add(sale(2, "100 Omnie", ACME));
        sales.add(sale(3, "4711 Omnie", ACME));
        sales.add(sale(4, "Omnie x 2025", ACME));
        sales.add(sale(5, "99 x Omnie", ACME));
        for (int i = 10; i < 40; i++) {
            sales.add(sale(i, "Hotel " + (500 + i) + " Omnie", ACME));
        }

        ReportSummary summary = run(sales, false);

        assertThat(summary.quantitiesToCheckTotal()).isEqualTo(33);
        assertThat(summary.quantitiesToCheck()).hasSize(ReportSummary.CHECK_LISTED);
        assertThat(summary.quantitiesToCheck().subList(0, 3))
                .containsExactly(
                        new ReportSummary.QuantityCheck(2, "OMNIE", 100, "100 Omnie", QuantitySource.BARE_NUMBER),
                        new ReportSummary.QuantityCheck(3, "OMNIE", 4711, "4711 Omnie", QuantitySource.BARE_NUMBER),
                        new ReportSummary.QuantityCheck(4, "OMNIE", 2025, "Omnie x 2025", QuantitySource.MARKER));
    }

    @Test
    void generate_quantitiesOutOfRange_areCountedAndListedWithTheirSales() {
        List<Sale> sales = new java.util.ArrayList<>();
        sales.add(sale(1, "10000 x Omnie und 0 x Wartung", ACME));
        sales.add(sale(2, "2 x Omnie", ACME));
        for (int i = 10; i < 40; i++) {
            sales.add(sale(i, "Omnie x 123456", ACME));
        }

        ReportSummary summary = run(sales, false);

        assertThat(summary.quantitiesIgnored()).isEqualTo(32);
        assertThat(summary.quantitiesIgnoredListed()).hasSize(ReportSummary.CHECK_LISTED);
        assertThat(summary.quantitiesIgnoredListed().subList(0, 3))
                .containsExactly(
                        new ReportSummary.IgnoredQuantity(
                                1, "OMNIE", "10000 x", "outside 1..9999", "10000 x Omnie und 0 x Wartung"),
                        new ReportSummary.IgnoredQuantity(
                                1, "SERVICE", "0 x", "outside 1..9999", "10000 x Omnie und 0 x Wartung"),
                        new ReportSummary.IgnoredQuantity(
                                10, "OMNIE", "x 123456", "outside 1..9999", "Omnie x 123456"));
    }

    @Test
    void generate_sourceFailsMidway_discardsTheReport() {
        var failing = InMemorySaleSource.failingAfter(
                List.of(sale(1, "Omnie", ACME)), new SaleSourceException(SaleSourceException.Kind.UNAVAILABLE, "down"));
        var command = new GenerateProductReportCommand(
                SaleOrigin.crm(false), SaleQuery.all(), CatalogChoice.builtIn(), REPORT, false);

        assertThatThrownBy(() -> service(failing).generate(command)).isInstanceOf(SaleSourceException.class);
        assertThat(sink.completedWith).isNull();
        assertThat(sink.closed).isTrue();
    }

    @Test
    void generate_matchedShareBelowThreshold_explainsItself() {
        List<Sale> sales = new java.util.ArrayList<>();
        sales.add(sale(1, "Omnie", ACME));
        for (int i = 2; i <= 10; i++) {
            sales.add(sale(i, "KettyBot Miete", ACME));
        }

        ReportSummary summary = run(sales, false);

        assertThat(summary.diagnosisIfAny()).hasValueSatisfying(d -> {
            assertThat(d.stage())
                    .isEqualTo(com.roboplanet.soconnector.domain.port.in.ReportDiagnosis.Stage.KEYWORDS_MISSING);
            assertThat(d.evidence())
                    .anyMatch(line -> line.contains("1 of 10 (10%) of the sales with a customer matched"));
        });
    }

    @Test
    void generate_matchedShareAboveThreshold_needsNoDiagnosis() {
        ReportSummary summary = run(List.of(sale(1, "Omnie", ACME), sale(2, "KettyBot", ACME)), false);

        assertThat(summary.diagnosisIfAny()).isEmpty();
    }

    @Test
    void generate_originAndDestination_areTurnedIntoSourceAndSinkByTheFactories() {
        FixedSaleSources sources = FixedSaleSources.of(new InMemorySaleSource(List.of(sale(1, "Omnie", ACME))));
        List<ReportDestination> destinations = new java.util.ArrayList<>();
        SaleOrigin export = SaleOrigin.exportFile(Path.of("export.csv"), Map.of("heading", "Stichwort"));
        ReportDestination excel = new ReportDestination(Path.of("out.csv"), ReportFormat.EXCEL_CSV);

        new GenerateProductReportService(
                        sources,
                        destination -> {
                            destinations.add(destination);
                            return sink;
                        },
                        catalogFiles,
                        NO_CRM,
                        NO_CRM_NAMES)
                .generate(new GenerateProductReportCommand(
                        export, SaleQuery.all(), CatalogChoice.builtIn(), excel, false));

        assertThat(sources.asked).containsExactly(export);
        assertThat(destinations).containsExactly(excel);
        assertThat(sink.rows).hasSize(1);
    }

    @Test
    void generate_catalogueFile_isMatchedInsteadOfTheBuiltInKeywords() {
        catalogFiles.with(
                Path.of("products.csv"),
                ProductCatalog.of(List.of(new Product("KETTYBOT", "KettyBot", List.of("KettyBot")))));

        service(new InMemorySaleSource(List.of(sale(1, "2x KettyBot", ACME), sale(2, "Omnie", ACME))))
                .generate(new GenerateProductReportCommand(
                        SaleOrigin.crm(false),
                        SaleQuery.all(),
                        new CatalogChoice(Path.of("products.csv"), false),
                        REPORT,
                        false));

        assertThat(sink.rows)
                .extracting(ReportRow::saleId, ReportRow::productCode, ReportRow::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "KETTYBOT", 2));
    }

    @Test
    void generate_withCrmProducts_matchesTheMergedCatalogue() {
        MergeCrmCatalogUseCase addKettyBot = command -> {
            List<Product> products = new java.util.ArrayList<>(command.catalog().products());
            products.add(new Product("KT-1", "KettyBot", List.of("KettyBot")));
            return ProductCatalog.of(products);
        };

        new GenerateProductReportService(
                        FixedSaleSources.of(new InMemorySaleSource(List.of(sale(1, "KettyBot und Omnie", ACME)))),
                        destination -> sink,
                        catalogFiles,
                        addKettyBot,
                        NO_CRM_NAMES)
                .generate(new GenerateProductReportCommand(
                        SaleOrigin.crm(false), SaleQuery.all(), new CatalogChoice(null, true), REPORT, false));

        assertThat(sink.rows).extracting(ReportRow::productCode).containsExactly("KT-1", "OMNIE");
    }

    @Test
    void generate_unreadableCatalogue_failsAfterTheSourceWasOpenedAndBeforeTheSink() {
        FixedSaleSources sources = FixedSaleSources.of(new InMemorySaleSource(List.of()));
        List<ReportDestination> destinations = new java.util.ArrayList<>();
        var command = new GenerateProductReportCommand(
                SaleOrigin.crm(true), SaleQuery.all(), new CatalogChoice(Path.of("missing.csv"), false), REPORT, false);

        assertThatThrownBy(() -> new GenerateProductReportService(
                                sources,
                                destination -> {
                                    destinations.add(destination);
                                    return sink;
                                },
                                catalogFiles,
                                NO_CRM,
                                NO_CRM_NAMES)
                        .generate(command))
                .hasMessage("missing.csv: file not found");
        assertThat(sources.asked).containsExactly(SaleOrigin.crm(true));
        assertThat(destinations).isEmpty();
    }

    private static final List<Pattern> UDF_PATTERN = List.of(Pattern.compile("[A-Z]{2}-\\d{2}-\\d{3}-[A-Z]+"));

    @Test
    void generate_withProgress_tellsEverySaleWithTheRowsSoFarAndTheEndOnce() {
        List<String> told = new ArrayList<>();
        ReportProgress progress = new ReportProgress() {
            @Override
            public void started(long atMost) {
                told.add("started " + atMost);
            }

            @Override
            public void saleRead(long salesRead, long rowsWritten) {
                told.add(salesRead + "/" + rowsWritten);
            }

            @Override
            public void finished(long salesRead, long rowsWritten) {
                told.add("finished " + salesRead + "/" + rowsWritten);
            }
        };
        List<Sale> sales =
                List.of(sale(1, "2xOmnie CD-01", ACME), sale(2, "Omnie ohne Kunde", null), sale(3, "Wartung", ACME));

        new GenerateProductReportService(
                        FixedSaleSources.of(new InMemorySaleSource(sales)),
                        destination -> sink,
                        catalogFiles,
                        NO_CRM,
                        NO_CRM_NAMES,
                        progress)
                .generate(new GenerateProductReportCommand(
                        SaleOrigin.crm(false), SaleQuery.latest(50), CatalogChoice.builtIn(), REPORT, false));

        assertThat(told).containsExactly("started 50", "1/1", "2/1", "3/2", "finished 3/2");
    }

    @Test
    void generate_whenTheSourceFails_stillTellsTheEndBeforeTheFailureGoesOn() {
        List<String> told = new ArrayList<>();
        ReportProgress progress = new ReportProgress() {
            @Override
            public void finished(long salesRead, long rowsWritten) {
                told.add("finished " + salesRead);
            }
        };
        SaleSource failing = (query, consumer) -> {
            consumer.accept(sale(1, "Omnie", ACME));
            throw new SaleSourceException(SaleSourceException.Kind.UNAVAILABLE, "gone", null);
        };

        assertThatThrownBy(() -> new GenerateProductReportService(
                                FixedSaleSources.of(failing),
                                destination -> sink,
                                catalogFiles,
                                NO_CRM,
                                NO_CRM_NAMES,
                                progress)
                        .generate(new GenerateProductReportCommand(
                                SaleOrigin.crm(false), SaleQuery.all(), CatalogChoice.builtIn(), REPORT, false)))
                .isInstanceOf(SaleSourceException.class);
        assertThat(told).containsExactly("finished 1");
    }

    private ReportSummary run(List<Sale> sales, boolean includeUnmatched) {
        return service(new InMemorySaleSource(sales))
                .generate(new GenerateProductReportCommand(
                        SaleOrigin.crm(false), SaleQuery.all(), CatalogChoice.builtIn(), REPORT, includeUnmatched));
    }

    private GenerateProductReportService service(SaleSource source) {
        return new GenerateProductReportService(
                FixedSaleSources.of(source), destination -> sink, catalogFiles, NO_CRM, crmNames);
    }

    private ReportSummary run(List<Sale> sales, boolean includeUnmatched, List<Pattern> udfPatterns) {
        return run(sales, includeUnmatched, udfPatterns, CatalogChoice.builtIn());
    }

    private ReportSummary run(
            List<Sale> sales, boolean includeUnmatched, List<Pattern> udfPatterns, CatalogChoice catalog) {
        return service(new InMemorySaleSource(sales))
                .generate(new GenerateProductReportCommand(
                        SaleOrigin.crm(false),
                        SaleQuery.all(),
                        catalog,
                        REPORT,
                        includeUnmatched,
                        udfPatterns,
                        GenerateProductReportCommand.DEFAULT_THIN_SHARE));
    }

    private static final List<Pattern> CODES = List.of(Pattern.compile("[A-Z]{2}(?:-[A-Z0-9]+){2,4}"));

    @Test
    void generate_codesTheCatalogueDoesNotKnow_areCountedPerSaleAndListedMostFrequentFirst() {
        FakeCrmCatalog crm = new FakeCrmCatalog(List.of(), List.of());
        crmNames = new CrmProductNames(() -> crm, message -> {});
        List<Sale> sales = List.of(
                codeSale(1, "3xBellaBot Pro Hotel", "PD-BB-PRO-01", "PD-BB-PRO-01"),
                codeSale(2, "BellaBot Pro", "PD-BB-PRO-01", ""),
                codeSale(3, "Ersatztablett", "SP-TRAY-01", ""),
                codeSale(4, "Omnie", "RR-02-017-OMNIE", ""));

        ReportSummary summary = run(sales, false, CODES);

        assertThat(summary.unknownCodes())
                .containsExactly(
                        new ReportSummary.CodeCount("PD-BB-PRO-01", 2), new ReportSummary.CodeCount("SP-TRAY-01", 1));
        assertThat(crm.reads).as("the CRM's products are read once a run").isEqualTo(1);
    }

    /**
     * A field holds a code only; the CRM's product archive names it, and its name places it like a quote line's: the
     * BellaBot Pro of the heading is the field's product (one row of 3, not 3 + 1), and the tray whose CRM name
     * contains BellaBot takes the heading's BellaBot in (a tray, not a robot).
     */
    @Test
    void generate_fieldCodesTheCrmNames_arePlacedByTheirNamesAndCountNoProductTwice() {
        catalogFiles.with(
                Path.of("products.csv"),
                ProductCatalog.of(List.of(
                        new Product("BELLABOT", "Pudu BellaBot", List.of("BellaBot")),
                        new Product("BELLABOT-PRO", "Pudu BellaBot Pro", List.of("BellaBot Pro")))));
        crmNames = new CrmProductNames(
                () -> new FakeCrmCatalog(
                        List.of(),
                        List.of(
                                new CrmProduct(2, "PD-BB-PRO-01", "Pudu BellaBot Pro", "", null, true),
                                new CrmProduct(11, "SP-TRAY-01", "Ersatztablett BellaBot", "", null, true))),
                message -> {
                    throw new AssertionError(message);
                });
        List<Sale> sales = List.of(
                codeSale(1, "3xBellaBot Pro Hotel", "PD-BB-PRO-01", ""),
                codeSale(2, "3x spare tray BellaBot", "SP-TRAY-01", ""));

        ReportSummary summary = run(sales, false, CODES, new CatalogChoice(Path.of("products.csv"), false));

        assertThat(sink.rows)
                .extracting(
                        ReportRow::saleId,
                        ReportRow::productCode,
                        ReportRow::productName,
                        ReportRow::quantity,
                        ReportRow::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                1L, "BELLABOT-PRO", "Pudu BellaBot Pro", 3, MatchSource.UDF),
                        org.assertj.core.groups.Tuple.tuple(
                                2L, "SP-TRAY-01", "Ersatztablett BellaBot", 3, MatchSource.UDF));
        assertThat(summary.unknownCodes()).containsExactly(new ReportSummary.CodeCount("SP-TRAY-01", 1));
    }

    @Test
    void generate_crmRefusesItsProducts_warnsOnceAndReportsTheCodesAsTheyAre() {
        List<String> warnings = new ArrayList<>();
        crmNames = new CrmProductNames(
                () -> new CrmCatalogSource() {
                    @Override
                    public List<ProductFamily> productFamilies(boolean includeDeleted) {
                        throw new AssertionError("families are not asked for");
                    }

                    @Override
                    public List<CrmProduct> products() {
                        throw new CrmCatalogException(
                                SaleSourceException.Kind.NOT_PERMITTED, "SuperOffice refused GET v1/Product", null);
                    }
                },
                warnings::add);

        run(
                List.of(
                        codeSale(1, "3xBellaBot Pro Hotel", "PD-BB-PRO-01", ""),
                        codeSale(2, "BellaBot Pro", "PD-BB-PRO-01", "")),
                false,
                CODES);

        assertThat(warnings)
                .containsExactly("SuperOffice refused GET v1/Product; going on without the CRM's product names for"
                        + " field codes");
        assertThat(sink.rows).extracting(ReportRow::productCode).containsOnly("PD-BB-PRO-01");
    }

    private static Sale codeSale(long id, String heading, String field, String other) {
        return new Sale(
                id,
                heading,
                DAY,
                ACME,
                "Anna",
                null,
                false,
                List.of(),
                Map.of("SuperOffice:1", field, "SuperOffice:3", other));
    }

    private static Sale udfSale(String heading) {
        return new Sale(
                9, heading, DAY, ACME, "Anna", null, false, List.of(), Map.of("SuperOffice:1", "RR-02-017-OMNIE"));
    }

    private static Sale sale(long id, String heading, Customer customer) {
        return new Sale(id, heading, DAY, customer, "Anna Berg", null);
    }
}
