package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.CatalogChoice;
import com.roboplanet.soconnector.domain.port.in.GenerateProductReportCommand;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogUseCase;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportDestination;
import com.roboplanet.soconnector.domain.port.out.ReportFormat;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleRecords;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import com.roboplanet.soconnector.domain.port.out.SaleSources;
import com.roboplanet.soconnector.domain.service.CrmProductNames;
import com.roboplanet.soconnector.domain.service.GenerateProductReportService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped examples under docs/examples must stay readable: the README's first command uses them. */
class ExampleFilesTest {
    // Surefire runs in the module directory.
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    private static List<Sale> read(String name) {
        List<Sale> sales = new ArrayList<>();
        new ExportSaleSource(ExportFile.of(EXAMPLES.resolve(name)))
                .read(new SaleQuery(0, null, null, true), sales::add);
        return sales;
    }

    @Test
    void salesExport_reads150PlusSalesAboutAThirdWithoutCustomer() {
        List<Sale> sales = read("sales-export.csv");

        assertThat(sales).hasSizeGreaterThanOrEqualTo(150);
        long withoutCustomer = sales.stream().filter(s -> s.customer() == null).count();
        assertThat(withoutCustomer).isBetween(sales.size() / 4L, sales.size() / 2L);
        assertThat(sales)
                .filteredOn(s -> s.id() == 342243)
                .extracting(Sale::heading)
                .containsExactly("2xOmnie CD-01 mit Nachlass");
    }

    @Test
    void excelExport_readsBomSemicolonsGermanDatesAndAmounts() {
        List<Sale> sales = read("sales-export-excel.csv");

        assertThat(sales).hasSize(12);
        assertThat(sales.get(0))
                .isEqualTo(new Sale(
                        350101,
                        "2xOmnie CD-01 mit Nachlass",
                        LocalDate.of(2025, 1, 7),
                        new Customer(10214, "Hotel Adler GmbH"),
                        "Anna Schmidt",
                        new BigDecimal("14990.00")));
    }

    @Test
    void productCatalogue_readsEveryProductWithItsAliases() {
        var catalog = new CsvCatalogReader().read(EXAMPLES.resolve("products.csv"));

        assertThat(catalog.products())
                .extracting(Product::code)
                .contains("OMNIE", "BELLABOT", "BELLABOT-PRO", "KETTYBOT", "HOLABOT", "PUDUBOT2", "CC1", "SERVICE")
                .contains("RENTAL", "TRAINING", "CHARGER");
        assertThat(catalog.byCode("OMNIE").orElseThrow().aliases()).contains("CD-01", "RR-02-017-OMNIE");
    }

    /** The rows the report writes for one example file with the example catalogue. */
    private static List<ReportRow> report(String name) {
        List<ReportRow> rows = new ArrayList<>();
        ReportSink sink = () -> new ReportSink.ReportWriter() {
            @Override
            public void write(ReportRow row) {
                rows.add(row);
            }

            @Override
            public void finish(ReportSummary summary, ReportTotals totals) {}

            @Override
            public void publish() {}

            @Override
            public void close() {}
        };
        SaleSources exportOnly = new SaleSources() {
            @Override
            public SaleSource source(SaleOrigin origin) {
                return new ExportSaleSource(ExportFile.of(origin.file()));
            }

            @Override
            public SaleRecords records(SaleOrigin origin) {
                throw new UnsupportedOperationException("a report reads no records");
            }
        };
        MergeCrmCatalogUseCase noCrm = command -> {
            throw new UnsupportedOperationException("the examples need no CRM");
        };
        CrmProductNames noCrmNames = new CrmProductNames(
                () -> {
                    throw new UnsupportedOperationException("an export has no user-defined fields");
                },
                message -> {});
        new GenerateProductReportService(exportOnly, destination -> sink, new CsvCatalogFiles(), noCrm, noCrmNames)
                .generate(new GenerateProductReportCommand(
                        SaleOrigin.exportFile(EXAMPLES.resolve(name), java.util.Map.of()),
                        SaleQuery.all(),
                        new CatalogChoice(EXAMPLES.resolve("products.csv"), false),
                        new ReportDestination(EXAMPLES.resolve("unused.csv"), ReportFormat.CSV),
                        false));
        return rows;
    }

    @Test
    void salesExport_yearBeforeTheProduct_isNoQuantity() {
        assertThat(report("sales-export.csv"))
                .filteredOn(row -> row.saleId() == 342078)
                .extracting(ReportRow::productCode, ReportRow::quantity, ReportRow::quantitySource)
                .containsExactlyInAnyOrder(
                        tuple("OMNIE", 1, QuantitySource.DEFAULT), tuple("SERVICE", 1, QuantitySource.DEFAULT));
    }

    @Test
    void excelExport_yearBeforeTheProduct_isNoQuantity() {
        assertThat(report("sales-export-excel.csv"))
                .filteredOn(row -> row.saleId() == 350104)
                .extracting(ReportRow::productCode, ReportRow::quantity, ReportRow::quantitySource)
                .containsExactlyInAnyOrder(
                        tuple("CC1", 1, QuantitySource.DEFAULT), tuple("SERVICE", 1, QuantitySource.DEFAULT));
    }

    @Test
    void bothExports_noRowReadsANumberWithoutMarkerAboveNinetyNine() {
        List<ReportRow> rows = new ArrayList<>(report("sales-export.csv"));
        rows.addAll(report("sales-export-excel.csv"));

        assertThat(rows)
                .filteredOn(row -> row.quantitySource() == QuantitySource.BARE_NUMBER && row.quantity() > 99)
                .isEmpty();
        assertThat(rows).allSatisfy(row -> assertThat(row.quantity()).isBetween(1, 99));
    }
}
