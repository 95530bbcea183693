package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
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
}
