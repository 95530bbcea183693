package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 at the command line: {@code --from} (and its old name {@code --from-csv}), {@code --sheet}, {@code
 * --encoding}, a mapping saved as {@code SO_CSV_COLUMNS} (flags win per key), and what the summary says was detected
 * and could not be read, for {@code report} and {@code suggest-keywords} alike.
 */
class ExportOptionsTest {
    private static final String GERMAN = """
            Verkaufsnummer;Betreff;Kundennummer;Kunde
            1;2x Omnie;5;Bäckerei Müller
            2;Wartungsvertrag;6;Hotel Adler
            """;

    @TempDir
    Path dir;

    private void write(String name, String content, Charset charset) throws IOException {
        Files.writeString(dir.resolve(name), content, charset);
    }

    private List<String> reportRows() throws IOException {
        return Csv.rows(dir.resolve("r.csv")).stream()
                .map(row -> row.get(0) + " " + row.get(3) + " " + row.get(6) + " x" + row.get(8))
                .toList();
    }

    @Test
    void report_soCsvColumnsInDotEnv_mapsTheColumnsAndAFlagWinsForItsKey() throws IOException {
        write(
                "sales.csv",
                GERMAN.replace("Kunde\n", "Kunde;Firma\n")
                        .replace("Müller\n", "Müller;Müller GmbH\n")
                        .replace("Adler\n", "Adler;Adler KG\n"),
                StandardCharsets.UTF_8);
        write(
                ".env",
                "SO_CSV_COLUMNS=saleId=Verkaufsnummer,heading=Betreff,customerId=Kundennummer,customerName=Kunde\n",
                StandardCharsets.UTF_8);

        CliRun saved = CliRun.in(dir, "report", "--from", "sales.csv", "--out", "r.csv");
        assertThat(saved.exitCode).as(saved.toString()).isZero();
        assertThat(reportRows()).containsExactly("1 Bäckerei Müller OMNIE x2", "2 Hotel Adler SERVICE x1");
        assertThat(saved.err).doesNotContain("sandbox").contains("columns saleId=Verkaufsnummer, heading=Betreff");

        CliRun flagged =
                CliRun.in(dir, "report", "--from", "sales.csv", "--column", "customerName=Firma", "--out", "r.csv");
        assertThat(flagged.exitCode).as(flagged.toString()).isZero();
        assertThat(reportRows()).containsExactly("1 Müller GmbH OMNIE x2", "2 Adler KG SERVICE x1");
    }

    @Test
    void report_soCsvColumnsMalformed_exits3NamingTheKey() throws IOException {
        write("sales.csv", GERMAN, StandardCharsets.UTF_8);

        CliRun run = CliRun.in(
                dir,
                Map.of("SO_CSV_COLUMNS", "saleId=Verkaufsnummer,Betreff"),
                Modules.EMPTY_MODULE,
                "report",
                "--from",
                "sales.csv");

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).hasLineCount(1).startsWith("so-connector: SO_CSV_COLUMNS: 'Betreff' is not KEY=HEADER");
    }

    @Test
    void report_soCsvColumnsWithoutTenant_isNoHalfConfiguredTenant() throws IOException {
        write("sales.csv", GERMAN, StandardCharsets.UTF_8);

        CliRun run = CliRun.in(
                dir,
                Map.of("SO_CSV_COLUMNS", "saleId=Verkaufsnummer,heading=Betreff,customerId=Kundennummer"),
                Modules.EMPTY_MODULE,
                "report",
                "--from-csv",
                "sales.csv",
                "--out",
                "r.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(reportRows()).hasSize(2);
    }

    @Test
    void report_encodingGiven_readsTheFileSoAndTheSummarySaysSo() throws IOException {
        write("sales.csv", GERMAN.replace(";", ","), Charset.forName("ISO-8859-15"));

        CliRun run = CliRun.in(
                dir,
                "report",
                "--from",
                "sales.csv",
                "--encoding",
                "ISO-8859-15",
                "--column",
                "saleId=Verkaufsnummer",
                "--column",
                "heading=Betreff",
                "--column",
                "customerId=Kundennummer",
                "--column",
                "customerName=Kunde",
                "--out",
                "r.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(reportRows()).first().isEqualTo("1 Bäckerei Müller OMNIE x2");
        assertThat(run.err).contains("(ISO-8859-15 (as given), delimiter ','");
    }

    @Test
    void report_unknownEncodingOrSheetWithoutFrom_isAUsageError() {
        CliRun unknown = CliRun.in(dir, "report", "--from", "sales.csv", "--encoding", "klingon");
        CliRun sheetWithoutFile = CliRun.in(dir, "report", "--sheet", "Verkäufe");

        assertThat(unknown.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err)
                .hasLineCount(2)
                .contains("--encoding: unknown encoding 'klingon' (try UTF-8, windows-1252, ISO-8859-15, UTF-16LE)");
        assertThat(sheetWithoutFile.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(sheetWithoutFile.err).contains("--sheet").contains("--from FILE");
    }

    /** L10: an unknown --column key is a command-line mistake like an unknown encoding: exit 2, with the keys. */
    @Test
    void report_unknownColumnKey_isAUsageErrorListingTheKeys() throws IOException {
        write("sales.csv", "SaleId,Heading,CustomerId\n1,Omnie,5\n", java.nio.charset.StandardCharsets.UTF_8);

        CliRun run = CliRun.in(dir, "report", "--from", "sales.csv", "--column", "foo=bar", "--out", "r.csv");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err)
                .contains("--column: unknown key 'foo'")
                .contains(
                        "(valid keys: saleId, heading, customerId, customerName, saleDate, salesRep, amount, status)");
        assertThat(dir.resolve("r.csv")).doesNotExist();
    }

    /** L9: --sheet on a text file is a mistake (exit 2); an .xlsx named .csv is a workbook by its content. */
    @Test
    void report_sheetForATextFile_isAUsageErrorButAWorkbookNamedCsvTakesIt() throws IOException {
        write("sales.csv", "SaleId,Heading,CustomerId\n1,Omnie,5\n", java.nio.charset.StandardCharsets.UTF_8);
        Exports.workbook(dir.resolve("book.xlsx"), "Verkäufe 2025");
        java.nio.file.Files.copy(dir.resolve("book.xlsx"), dir.resolve("book.csv"));

        CliRun text = CliRun.in(dir, "report", "--from", "sales.csv", "--sheet", "Sales", "--out", "r.csv");
        CliRun workbook = CliRun.in(dir, "report", "--from", "book.csv", "--sheet", "Verkäufe 2025", "--out", "w.csv");

        assertThat(text.exitCode).as(text.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(text.err).contains("--sheet applies to a workbook (.xlsx)").contains("leave --sheet out");
        assertThat(workbook.exitCode).as(workbook.toString()).isZero();
    }

    @Test
    void report_workbookSheetByName_isReadAndAnUnknownSheetListsTheSheets() throws IOException {
        Exports.workbook(dir.resolve("Verkäufe.xlsx"), "Verkäufe 2025");

        CliRun named =
                CliRun.in(dir, "report", "--from", "Verkäufe.xlsx", "--sheet", "Verkäufe 2025", "--out", "r.csv");
        CliRun first = CliRun.in(dir, "report", "--from", "Verkäufe.xlsx", "--out", "r.csv");
        CliRun unknown = CliRun.in(dir, "report", "--from", "Verkäufe.xlsx", "--sheet", "2024");

        assertThat(named.exitCode).as(named.toString()).isZero();
        assertThat(named.err).contains("sheet 'Verkäufe 2025'");
        assertThat(first.exitCode)
                .as("the first sheet has only a note, no sale id column")
                .isEqualTo(3);
        assertThat(unknown.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err).hasLineCount(1).contains("no sheet '2024'").contains("Verkäufe 2025");
    }

    @Test
    void suggestKeywords_fromAnExportWithUnreadableCells_saysWhatItDetectedAndListsThem() throws IOException {
        write(
                "sales.csv",
                "sep=;\r\nSaleId;Heading;CustomerId;CustomerName;Amount\r\n1;Reparatur Akku;5;Adler;12 Euro\r\n"
                        + "x;Reparatur;5;Adler;1\r\n",
                Charset.forName("windows-1252"));

        CliRun run = CliRun.in(dir, "suggest-keywords", "--from", "sales.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.err)
                .contains("Source: file " + dir.resolve("sales.csv") + " (UTF-8, delimiter ';' (from the sep= line)")
                .contains("Unreadable cells: 1 left empty, 1 rows skipped:")
                .contains("sales.csv:3: Amount '12 Euro' is not an amount")
                .contains("sales.csv:4: SaleId 'x' is not a whole number (row skipped)");
    }
}
