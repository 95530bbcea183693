package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each field case of {@code shared/field-cases/} run through the command line as its README says, with the values it
 * expects. The folder lies beside the repository, like the Swagger definitions of the contract tests; without it the
 * tests are skipped saying why, and with {@code CI} set they fail. The catalogue is the project's own
 * {@code docs/examples/products.csv}, as in the READMEs.
 */
class FieldCasesCliTest {
    private static final Path CASES = locate();
    private static final Path PRODUCTS = Path.of(System.getProperty("basedir", "."))
            .resolve("../docs/examples/products.csv")
            .normalize();

    @TempDir
    Path dir;

    private static Path locate() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve("field-cases");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String input(String folder, String file) {
        if (CASES == null && System.getenv("CI") != null) {
            throw new IllegalStateException(
                    "shared/field-cases not found above " + Path.of("").toAbsolutePath());
        }
        Assumptions.assumeTrue(CASES != null, "shared/field-cases not found above the working directory");
        return CASES.resolve(folder).resolve(file).toString();
    }

    private CliRun report(String file, String... more) {
        List<String> args = new ArrayList<>(List.of("report", "--from-csv", file, "--catalog", PRODUCTS.toString()));
        args.addAll(List.of(more));
        return CliRun.in(dir, args.toArray(String[]::new));
    }

    /** {@code SaleId CustomerName ProductCode xQuantity} per row of {@code out.csv}, in file order. */
    private List<String> rows() throws IOException {
        List<String> rows = new ArrayList<>();
        for (List<String> cells : Csv.rows(dir.resolve("out.csv"))) {
            rows.add(cells.get(0) + " " + cells.get(3) + " " + cells.get(6) + " x" + cells.get(8));
        }
        return rows;
    }

    private static final List<String> ADLER_KUNZ =
            List.of("900001 Hotel Adler GmbH OMNIE x2", "900002 Bäckerei Kunz BELLABOT x3");

    @Test
    void case01_excelSepLine_isSkippedAndGivesTheTwoRows() throws IOException {
        CliRun run = report(input("01-excel-sep-line", "sales-sep.csv"), "--out", "out.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(rows()).isEqualTo(ADLER_KUNZ);
        assertThat(run.err).contains("(UTF-8, delimiter ';' (from the sep= line); columns saleId=Sale ID");
    }

    @Test
    void case02_windows1252Export_isReadAndTheUmlautsComeOutAsUtf8() throws IOException {
        CliRun run = report(input("02-windows-1252-export", "sales-cp1252.csv"), "--out", "out.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(rows())
                .containsExactly("900001 Gebäudereinigung Müller & Söhne OMNIE x2", "900002 Café Zürich BELLABOT x3");
        String report = HexFormat.ofDelimiter(" ").formatHex(Files.readAllBytes(dir.resolve("out.csv")));
        assertThat(report).contains("47 65 62 c3 a4 75 64 65"); // "Gebäude" in UTF-8
        assertThat(run.err)
                .contains("(Windows-1252, delimiter ';'; columns")
                .contains("Note: read as Windows-1252: not valid UTF-8 (line 2, byte offset");
    }

    @Test
    void case03_unicodeTextAndTabSeparatedUtf8_giveTheTwoRowsAndAColumnFlagWorks() throws IOException {
        List<String> expected = List.of("900001 Gebäudereinigung Müller OMNIE x2", "900002 Bäckerei Kunz BELLABOT x3");

        CliRun unicodeText =
                report(input("03-excel-unicode-text-utf16-tab", "sales-unicode-text.txt"), "--out", "out.csv");
        assertThat(unicodeText.exitCode).as(unicodeText.toString()).isZero();
        assertThat(rows()).isEqualTo(expected);
        assertThat(unicodeText.err).contains("(UTF-16LE with BOM, delimiter TAB;");

        CliRun tab = report(input("03-excel-unicode-text-utf16-tab", "sales-tab-utf8.txt"), "--out", "out.csv");
        assertThat(tab.exitCode).as(tab.toString()).isZero();
        assertThat(rows()).isEqualTo(expected);
        assertThat(tab.err).contains("(UTF-8, delimiter TAB;");

        CliRun mapped = report(
                input("03-excel-unicode-text-utf16-tab", "sales-tab-utf8.txt"),
                "--column",
                "saleId=Sale ID",
                "--out",
                "out.csv");
        assertThat(mapped.exitCode).as(mapped.toString()).isZero();
        assertThat(rows()).isEqualTo(expected);
    }

    @Test
    void case05_currencySignsAndGermanDateTimes_neverStopTheReport() throws IOException {
        for (String file : List.of("sales-euro.csv", "sales-datetime.csv")) {
            CliRun run = report(input("05-currency-and-datetime-abort-import", file), "--out", "out.csv");

            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(rows()).as(file).isEqualTo(ADLER_KUNZ);
            assertThat(Files.readString(dir.resolve("out.csv")))
                    .contains("\n900001,2025-01-07,501,Hotel Adler GmbH,")
                    .contains("\n900002,2025-01-08,502,Bäckerei Kunz,");
            assertThat(run.err).doesNotContain("Unreadable cells");
        }
    }

    @Test
    void case06_yearsWeeksAndProjectNumbers_areNoQuantities() throws IOException {
        CliRun run = report(input("06-year-read-as-quantity", "sales-years.csv"), "--out", "out.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(rows())
                .containsExactly(
                        "930001 Hotel Adler GmbH SERVICE x1",
                        "930001 Hotel Adler GmbH CC1 x1",
                        "930002 Bäckerei Kunz SERVICE x1",
                        "930002 Bäckerei Kunz OMNIE x1",
                        "930003 Café Post SERVICE x1",
                        "930003 Café Post OMNIE x1",
                        "930004 Klinikum Nord BELLABOT x1",
                        "930005 Brauhaus Linde BELLABOT x1",
                        "930006 Hotel Krone BELLABOT x1",
                        "930007 Hotel Post BELLABOT x2");
        assertThat(run.err).doesNotContain("Check these quantities");
    }

    @Test
    void case06_explain_saysTheYearIsNoCountAndEndsWithTheReportsRows() throws IOException {
        CliRun run = report(input("06-year-read-as-quantity", "sales-years.csv"), "--explain", "930002");
        CliRun report = report(input("06-year-read-as-quantity", "sales-years.csv"), "--out", "out.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .contains("#1 \"Omnie\" at 13..18: alias Omnie of OMNIE, counted, quantity 1 (no count read: \"2025\""
                        + " next to it is a year)")
                .contains("3. Quote lines (first: a product found here is reported from here):\n"
                        + "   none: an export file has no quote lines\n");
        assertThat(report.exitCode).isZero();
        List<String> reportLines = Files.readAllLines(dir.resolve("out.csv"), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>(List.of(reportLines.get(0)));
        reportLines.stream().filter(line -> line.startsWith("930002,")).forEach(expected::add);
        assertThat(Explained.rows(run.out)).isEqualTo(expected).hasSize(3);
    }

    @Test
    void case07_quantitiesAfterTheProduct_areRead() throws IOException {
        CliRun run = report(input("07-quantity-after-product", "sales-qty.csv"), "--out", "out.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(rows())
                .containsExactly(
                        "940001 Kunde 01 BELLABOT x2",
                        "940002 Kunde 02 KETTYBOT x2",
                        "940003 Kunde 03 KETTYBOT x4",
                        "940004 Kunde 04 OMNIE x2",
                        "940005 Kunde 05 BELLABOT x2",
                        "940006 Kunde 06 BELLABOT x2",
                        "940007 Kunde 07 BELLABOT x3",
                        "940008 Kunde 08 BELLABOT x2",
                        "940009 Kunde 09 KETTYBOT x4",
                        "940010 Kunde 10 BELLABOT x2",
                        "940011 Kunde 11 BELLABOT x2");
    }

    @Test
    void case08_invisibleCharacters_hideNoProductAndExplainShowsThem() throws IOException {
        String file = input("08-invisible-characters-in-codes", "sales-invisible.csv");

        CliRun run = report(file, "--include-unmatched", "--out", "out.csv");
        CliRun explain = report(file, "--explain", "950002");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(rows())
                .containsExactly(
                        "950001 Kunde 1 OMNIE x1",
                        "950002 Kunde 2 BELLABOT x1",
                        "950003 Kunde 3 BELLABOT x1",
                        "950004 Kunde 4 KETTYBOT x1",
                        "950004 Kunde 4 RENTAL x1",
                        "950005 Kunde 5 OMNIE x1",
                        "950006 Kunde 6 OMNIE x1",
                        "950007 Kunde 7 OMNIE x1",
                        "950008 Kunde 8 BELLABOT-PRO x1");
        assertThat(explain.out)
                .contains("5. Heading (last; invisible and control characters shown as \\uXXXX, \\n, \\t):"
                        + " \"Bella\\u200bBot Lieferung\"")
                .contains("6. Normalised (folded, lower case, separators removed): \"bellabotlieferung\"")
                .contains("BELLABOT x 1 from \"Bella\\u200bBot\"");
    }

    @Test
    void case08_suggestKeywords_proposesNothingThatClashesAndTheAcceptedFileLoads() throws IOException {
        String file = input("08-invisible-characters-in-codes", "sales-invisible.csv");

        CliRun suggest = CliRun.in(
                dir,
                "suggest-keywords",
                "--from-csv",
                file,
                "--catalog",
                PRODUCTS.toString(),
                "--write",
                "proposals.csv");

        assertThat(suggest.exitCode).as(suggest.toString()).isZero();
        assertThat(suggest.out).doesNotContainIgnoringCase("bella bot");
        assertThat(suggest.err).contains("8 sales read, 0 unmatched headings of customer sales");
        Proposals.acceptAll(dir.resolve("proposals.csv"));
        CliRun report = CliRun.in(dir, "report", "--from-csv", file, "--catalog", "proposals.csv", "--out", "out.csv");
        assertThat(report.exitCode).as(report.toString()).isZero();
        assertThat(rows()).hasSize(9);
    }
}
