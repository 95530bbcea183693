package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFromCsvTest {
    @TempDir
    Path dir;

    @Test
    void report_fromCsvExport_writesRowsAndSummary() throws IOException {
        write("sales.csv", """
                SaleId,SaleDate,CustomerId,CustomerName,SalesRep,Heading
                342243,2024-03-01,17,Bäckerei Müller GmbH,Anna Berg,2xOmnie CD-01 mit Nachlass
                2,2024-03-02,,,Anna Berg,Omnie ohne Kunde
                3,2024-03-03,18,Hotel Adler,Jan Kos,Reparatur Akku
                """);

        CliRun run = CliRun.in(dir, "report", "--from-csv", "sales.csv");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("product_report.csv")))
                .isEqualTo("SaleId,SaleDate,CustomerId,CustomerName,SalesRep,SaleHeading,ProductCode,ProductName,"
                        + "Quantity,MatchedText,Source,QuantitySource\n"
                        + "342243,2024-03-01,17,Bäckerei Müller GmbH,Anna Berg,2xOmnie CD-01 mit Nachlass,OMNIE,Omnie,2,"
                        + "Omnie CD-01,HEADING,marker\n");
        assertThat(run.err)
                .contains("Sales read:", "3")
                .containsPattern("skipped, no customer:\\s+1")
                .containsPattern("unmatched:\\s+1")
                .contains("reparatur (1)");
    }

    @Test
    void report_missingFile_exits3NamingTheFile() {
        CliRun run = CliRun.in(dir, "report", "--from-csv", "nope.csv");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).contains("nope.csv").hasLineCount(1);
        assertThat(dir.resolve("product_report.csv")).doesNotExist();
    }

    @Test
    void report_missingHeadingColumn_exits3NamingTheColumn() throws IOException {
        write("sales.csv", "SaleId,CustomerId\n1,2\n");

        CliRun run = CliRun.in(dir, "report", "--from-csv", "sales.csv");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).containsIgnoringCase("heading").hasLineCount(1);
        assertThat(dir.resolve("product_report.csv")).doesNotExist();
    }

    @Test
    void report_unreadableCells_skipsOrEmptiesThemListsThemAndWritesTheReport() throws IOException {
        write(
                "sales.csv",
                "SaleId;Heading;CustomerId;CustomerName;Amount\n1;2x Omnie;5;Adler;14.990,00 €\n"
                        + "abc;Omnie;5;Adler;1\n3;Omnie;6;Kunz;12 Euro\n");

        CliRun run = CliRun.in(dir, "report", "--from-csv", "sales.csv");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("product_report.csv")))
                .contains("\n1,,5,Adler,,2x Omnie,OMNIE,Omnie,2,")
                .contains("\n3,,6,Kunz,,Omnie,OMNIE,Omnie,1,");
        assertThat(run.err)
                .containsPattern("Sales read:\\s+2")
                .contains("Unreadable cells: 1 left empty, 1 rows skipped:")
                .contains("sales.csv:3: SaleId 'abc' is not a whole number (row skipped)")
                .contains("sales.csv:4: Amount '12 Euro' is not an amount");
    }

    @Test
    void report_brokenFile_exits3WithLineNumberAndKeepsOldReport() throws IOException {
        write("sales.csv", "SaleId,Heading,CustomerId\n1,Omnie,5\n2,\"Omnie,5\n");
        write("product_report.csv", "previous report\n");

        CliRun run = CliRun.in(dir, "report", "--from-csv", "sales.csv");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).contains("sales.csv:3").hasLineCount(1);
        assertThat(Files.readString(dir.resolve("product_report.csv"))).isEqualTo("previous report\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("sales.csv", "product_report.csv");
        }
    }

    @Test
    void report_unknownOption_exits2() {
        CliRun run = CliRun.in(dir, "report", "--no-such-option");

        assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(run.err).contains("--no-such-option");
    }

    @Test
    void report_excelWithJsonLines_isAUsageError() throws IOException {
        write("sales.csv", "SaleId,Heading,CustomerId\n1,Omnie,5\n");

        CliRun run = CliRun.in(dir, "report", "--from-csv", "sales.csv", "--format", "jsonl", "--excel");

        assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(run.err).contains("--excel");
    }

    @Test
    void report_catalogFile_isUsed() throws IOException {
        write("sales.csv", "SaleId,Heading,CustomerId,CustomerName\n1,3 Stk. BellaBot,5,Adler\n");
        write("products.csv", "# our robots\ncode,name,aliases\nBELLABOT,BellaBot,BellaBot|Bella Bot\n");

        CliRun run = CliRun.in(dir, "report", "--from-csv", "sales.csv", "--catalog", "products.csv", "--out", "r.csv");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("r.csv"))).contains(",BELLABOT,BellaBot,3,BellaBot,HEADING,marker");
    }

    @Test
    void report_quantitiesReadDifferentWays_summaryCountsThemAndListsTheOnesToCheck() throws IOException {
        write("sales.csv", """
                SaleId,Heading,CustomerId,CustomerName
                1,4711 Omnie,5,Adler
                2,Omnie 2x,5,Adler
                3,Wartungsvertrag 2025 Omnie,5,Adler
                """);

        CliRun run = CliRun.in(dir, "report", "--from-csv", "sales.csv");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(0);
        assertThat(run.err)
                .contains("Quantities read from:")
                .containsPattern("marker:\\s+1\n")
                .containsPattern("bare-number:\\s+1\n")
                .containsPattern("default:\\s+2\n")
                .contains("Check these quantities (above 99; without a count marker maybe a project or order number,"
                        + " with one maybe a slip):\n  sale 1: OMNIE x 4711 from \"4711 Omnie\" (no count marker)\n");
    }

    @Test
    void report_quantitiesOutOfRangeOrMarkedAboveNinetyNine_summaryListsThemWithTheirSales() throws IOException {
        write("sales.csv", """
                SaleId,Heading,CustomerId,CustomerName
                1,10000 x Omnie,5,Adler
                2,Omnie x 2025,5,Adler
                """);

        CliRun run = CliRun.in(dir, "report", "--from-csv", "sales.csv");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(0);
        assertThat(run.err)
                .containsPattern(
                        "Quantities not read, counted as 1:\\s+1\n  sale 1: OMNIE \"10000 x\" \\(outside 1\\.\\.9999\\) in"
                                + " \"10000 x Omnie\"\n")
                .contains("  sale 2: OMNIE x 2025 from \"Omnie x 2025\" (count marker)\n");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
