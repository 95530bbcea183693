package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The inputs of {@code shared/field-cases/} (issue 15) read at adapter level give the sales their READMEs expect.
 * The folder lies beside the repository, like the Swagger definitions of the contract tests; without it the tests
 * are skipped saying why, and with {@code CI} set they fail.
 */
class FieldCasesTest {
    private static final Path CASES = locate();

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("field-cases");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Path input(String folder, String file) {
        if (CASES == null && System.getenv("CI") != null) {
            throw new IllegalStateException(
                    "shared/field-cases not found above " + Path.of("").toAbsolutePath());
        }
        Assumptions.assumeTrue(CASES != null, "shared/field-cases not found above the working directory");
        return CASES.resolve(folder).resolve(file);
    }

    private record Read(List<Sale> sales, SaleSourceReport report) {}

    private static Read read(Path file) {
        List<Sale> sales = new ArrayList<>();
        SaleSourceReport report = new ExportSaleSource(ExportFile.of(file)).read(SaleQuery.all(), sales::add);
        return new Read(sales, report);
    }

    private static final Sale ADLER = new Sale(
            900001,
            "2xOmnie CD-01",
            LocalDate.of(2025, 1, 7),
            new Customer(501, "Hotel Adler GmbH"),
            "Anna Schmidt",
            new BigDecimal("14990.00"));
    private static final Sale KUNZ = new Sale(
            900002,
            "BellaBot x3",
            LocalDate.of(2025, 1, 8),
            new Customer(502, "Bäckerei Kunz"),
            "Ben Weber",
            new BigDecimal("2000.00"));

    @Test
    void read_excelSepLine_isSkippedAndNamesTheDelimiter() {
        Read read = read(input("01-excel-sep-line", "sales-sep.csv"));

        assertThat(read.sales()).containsExactly(ADLER, KUNZ);
        assertThat(read.report().query()).contains("(UTF-8, delimiter ';' (from the sep= line); columns");
    }

    @Test
    void read_windows1252Export_readsUmlautsAndAnnouncesIt() {
        Read read = read(input("02-windows-1252-export", "sales-cp1252.csv"));

        assertThat(read.sales())
                .containsExactly(
                        new Sale(
                                900001,
                                "2xOmnie CD-01 für Düsseldorf",
                                LocalDate.of(2025, 1, 7),
                                new Customer(501, "Gebäudereinigung Müller & Söhne"),
                                "Jürgen Weiß",
                                new BigDecimal("14990.00")),
                        new Sale(
                                900002,
                                "3 Stk. BellaBot – Lieferung",
                                LocalDate.of(2025, 1, 8),
                                new Customer(502, "Café Zürich"),
                                "Ben Weber",
                                new BigDecimal("2000.00")));
        assertThat(read.report().notes())
                .containsExactly("read as Windows-1252: not valid UTF-8 (line 2, byte offset 105)");
    }

    @Test
    void read_unicodeTextAndTabSeparatedUtf8_giveTheSameTwoSales() {
        Sale mueller = new Sale(
                900001,
                "2xOmnie CD-01",
                LocalDate.of(2025, 1, 7),
                new Customer(501, "Gebäudereinigung Müller"),
                "Anna Schmidt",
                new BigDecimal("14990.00"));

        Read unicode = read(input("03-excel-unicode-text-utf16-tab", "sales-unicode-text.txt"));
        Read tab = read(input("03-excel-unicode-text-utf16-tab", "sales-tab-utf8.txt"));

        assertThat(unicode.sales()).containsExactly(mueller, KUNZ);
        assertThat(tab.sales()).isEqualTo(unicode.sales());
        assertThat(unicode.report().query()).contains("(UTF-16LE with BOM, delimiter TAB; columns");
        assertThat(tab.report().query()).contains("(UTF-8, delimiter TAB; columns");
    }

    @Test
    void read_euroAmountsAndGermanDateTimes_leaveNoCellUnread() {
        Read euro = read(input("05-currency-and-datetime-abort-import", "sales-euro.csv"));
        Read dateTime = read(input("05-currency-and-datetime-abort-import", "sales-datetime.csv"));

        assertThat(euro.sales()).containsExactly(ADLER, KUNZ);
        assertThat(dateTime.sales()).containsExactly(ADLER, KUNZ);
        assertThat(euro.report().unreadable().any()).isFalse();
        assertThat(dateTime.report().unreadable().any()).isFalse();
    }
}
