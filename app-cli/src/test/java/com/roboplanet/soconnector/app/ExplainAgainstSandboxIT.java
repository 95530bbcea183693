package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 against the built-in sandbox (quote lines read, its "Artikelnummer" field scanned): {@code report
 * --explain} of a sale the report lists through a quote line, and of one it lists through a user-defined field, shows
 * those stages and ends with exactly the report's rows for the sale; {@code inspect sales --unmatched} takes {@code
 * --catalog} like {@code report}.
 */
class ExplainAgainstSandboxIT {
    private static final Path PRODUCTS = Path.of(System.getProperty("basedir", "."))
            .resolve("../docs/examples/products.csv")
            .normalize();

    @TempDir
    Path dir;

    private List<String> report;

    @BeforeEach
    void report() throws IOException {
        CliRun run = CliRun.in(dir, "report", "--limit", "300", "--out", "report.csv");
        assertThat(run.exitCode).as(run.toString()).isZero();
        report = Files.readAllLines(dir.resolve("report.csv"), StandardCharsets.UTF_8);
    }

    /** The first sale the report lists only through {@code source}, so its explanation is about that stage. */
    private String saleListedThrough(String source) {
        for (String line : report.subList(1, report.size())) {
            String id = line.substring(0, line.indexOf(','));
            List<String> rows = rowsOf(id).subList(1, rowsOf(id).size());
            if (rows.stream().allMatch(row -> row.contains("," + source + ","))) {
                return id;
            }
        }
        throw new AssertionError("no sale listed through " + source + " alone in the first 300");
    }

    /** The report's header and the sale's rows, as the report wrote them. */
    private List<String> rowsOf(String saleId) {
        List<String> rows = new ArrayList<>(List.of(report.get(0)));
        report.stream().filter(line -> line.startsWith(saleId + ",")).forEach(rows::add);
        return rows;
    }

    @Test
    void explain_saleListedThroughAQuoteLine_showsTheQuoteLinesAndEndsWithTheReportsRows() {
        String id = saleListedThrough("QUOTE_LINE");

        CliRun run = CliRun.in(dir, "report", "--explain", id);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(section(run.out, "3. Quote lines"))
                .as(run.out)
                .containsPattern("\n   \\S+ \".*\".* x \\d")
                .contains("   Products (before the heading's counts apply):")
                .containsPattern("   Placed by \\(ADR 0002, structured sources\\):\n   quote line \".+\": \\S+, ");
        assertThat(Explained.rows(run.out)).isEqualTo(rowsOf(id));
    }

    @Test
    void explain_saleListedThroughAUserDefinedField_showsTheFieldAndEndsWithTheReportsRows() {
        String id = saleListedThrough("UDF");

        CliRun run = CliRun.in(dir, "report", "--explain", id);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(section(run.out, "4. User-defined fields"))
                .as(run.out)
                .containsPattern("\n   saleUdef/SuperOffice:1 = \\S+")
                .contains("   Products (before the heading's counts apply):")
                .containsPattern("   Placed by \\(ADR 0002, structured sources\\):\n   user-defined field \"\\S+\""
                        + "( \\(the CRM names it \".+\"\\))?: \\S+, ");
        assertThat(Explained.rows(run.out)).isEqualTo(rowsOf(id));
    }

    @Test
    void explain_withoutQuoteLines_saysSoAndMatchesTheReportWithoutThem() throws IOException {
        String id = saleListedThrough("QUOTE_LINE");
        CliRun plain = CliRun.in(
                dir, "report", "--limit", "300", "--no-quote-lines", "--include-unmatched", "--out", "plain.csv");
        assertThat(plain.exitCode).as(plain.toString()).isZero();
        List<String> plainReport = Files.readAllLines(dir.resolve("plain.csv"), StandardCharsets.UTF_8);

        CliRun run = CliRun.in(dir, "report", "--explain", id, "--no-quote-lines", "--include-unmatched");

        assertThat(section(run.out, "3. Quote lines")).contains("not read (--no-quote-lines)");
        List<String> expected = new ArrayList<>(List.of(plainReport.get(0)));
        plainReport.stream().filter(line -> line.startsWith(id + ",")).forEach(expected::add);
        assertThat(Explained.rows(run.out)).isEqualTo(expected).hasSizeGreaterThan(1);
    }

    @Test
    void inspectUnmatched_withACatalogue_matchesAgainstItLikeTheReport() {
        CliRun builtIn = CliRun.in(dir, "inspect", "sales", "--unmatched", "--limit", "40");
        CliRun withCatalogue =
                CliRun.in(dir, "inspect", "sales", "--unmatched", "--limit", "40", "--catalog", PRODUCTS.toString());

        assertThat(builtIn.exitCode).as(builtIn.toString()).isZero();
        assertThat(withCatalogue.exitCode).as(withCatalogue.toString()).isZero();
        // a BellaBot beside a part's word (spare tray BellaBot) is the part, which the example catalogue lacks
        List<String> bellaBotSales = salesWithHeading(
                builtIn.out,
                Pattern.compile(
                        "^(?!.*(?i:tray|tablett|ladestation|akku|brush|bürste|dock|spare|ersatz)).*\\bBellaBot\\b"));
        assertThat(bellaBotSales).as("the built-in keywords know no BellaBot").isNotEmpty();
        assertThat(salesWithHeading(withCatalogue.out, Pattern.compile(".*")))
                .doesNotContainAnyElementsOf(bellaBotSales);
        assertThat(withCatalogue.out).contains("products: none (" + PRODUCTS + "; see report --explain ");
    }

    private static List<String> salesWithHeading(String out, Pattern heading) {
        List<String> ids = new ArrayList<>();
        Matcher sale = Pattern.compile("== sale (\\d+): archive row[\\s\\S]*?\nheading:  \"(.*)\"")
                .matcher(out);
        while (sale.find()) {
            if (heading.matcher(sale.group(2)).find()) {
                ids.add(sale.group(1));
            }
        }
        return ids;
    }

    /** One numbered step of the explanation, up to the next. */
    private static String section(String out, String title) {
        int start = out.indexOf(title);
        assertThat(start).as(out).isNotNegative();
        Matcher next = Pattern.compile("\n\\d\\. ").matcher(out);
        return next.find(start + title.length()) ? out.substring(start, next.start() + 1) : out.substring(start);
    }
}
