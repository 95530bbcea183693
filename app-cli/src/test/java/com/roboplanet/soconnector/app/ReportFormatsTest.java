package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --format xlsx} and {@code --html}: the files, their names, and that they appear together or not. */
class ReportFormatsTest {
    private static final String SALES = """
            SaleId,SaleDate,CustomerId,CustomerName,SalesRep,Heading
            342243,2024-03-01,17,Bäckerei Müller GmbH,Anna Berg,2xOmnie CD-01 mit Nachlass
            342244,2024-04-02,18,=HYPERLINK("http://x"),Jan Kos,Wartungsvertrag 3x Omnie
            342245,2024-04-03,18,Hotel Adler,Jan Kos,<script>alert(1)</script> Reparatur
            """;

    @TempDir
    Path dir;

    @Test
    void report_formatXlsx_writesProductReportXlsxWithItsFourSheets() throws IOException {
        write("sales.csv", SALES);

        CliRun run = CliRun.in(dir, "report", "--from-csv", "sales.csv", "--format", "xlsx");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
        Path workbook = dir.resolve("product_report.xlsx");
        assertThat(run.err).contains("Report written to " + workbook + ": 3 rows.");
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            String sheets = new String(
                    zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(sheets)
                    .containsSubsequence(
                            "name=\"Report\"", "name=\"By customer\"", "name=\"By product\"", "name=\"Summary\"");
        }
        assertThat(files()).containsExactlyInAnyOrder("sales.csv", "product_report.xlsx");
    }

    @Test
    void report_htmlBesideCsv_writesBothAndNamesBoth() throws IOException {
        write("sales.csv", SALES);

        CliRun run = CliRun.in(dir, "report", "--from-csv", "sales.csv", "--html", "page.html");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.err)
                .contains("Report written to " + dir.resolve("product_report.csv") + " and " + dir.resolve("page.html")
                        + ": 3 rows.");
        String page = Files.readString(dir.resolve("page.html"));
        assertThat(page)
                .contains("<svg", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
        assertThat(files()).containsExactlyInAnyOrder("sales.csv", "product_report.csv", "page.html");
    }

    @Test
    void report_failingRunWithHtml_leavesNeitherFileNorTemporaryFiles() throws IOException {
        write("sales.csv", "SaleId,Heading,CustomerId\n1,Omnie,5\n2,\"Omnie,5\n");

        CliRun run = CliRun.in(dir, "report", "--from-csv", "sales.csv", "--format", "xlsx", "--html", "page.html");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(files()).containsExactly("sales.csv");
    }

    @Test
    void report_htmlInMissingDirectory_failsBeforeReadingAndWritesNothing() throws IOException {
        write("sales.csv", SALES);

        CliRun run = CliRun.in(dir, "report", "--from-csv", "sales.csv", "--html", "no/such/page.html");

        assertThat(run.exitCode).as(run.toString()).isNotEqualTo(ExitCode.OK);
        assertThat(run.err).contains("page.html").hasLineCount(1);
        assertThat(files()).containsExactly("sales.csv");
    }

    @Test
    void report_excelWithXlsx_exits2() throws IOException {
        write("sales.csv", SALES);

        CliRun run = CliRun.in(dir, "report", "--from-csv", "sales.csv", "--format", "xlsx", "--excel");

        assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(run.err).contains("--excel applies to --format csv only");
    }

    @Test
    void report_htmlSameAsReport_exits3() throws IOException {
        write("sales.csv", SALES);

        CliRun run = CliRun.in(dir, "report", "--from-csv", "sales.csv", "--html", "product_report.csv");

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).contains("--html " + dir.resolve("product_report.csv") + " is the file of the report");
        assertThat(files()).containsExactly("sales.csv");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    private java.util.List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
