package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.Scenarios;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's summary tells the truth about the read (issue 18): how many sales the query matched when the read went
 * on to an empty page, a tenant's silent page cap that the connector adapted to, and rows dropped as duplicates.
 */
class ReadCheckSummaryIT {
    @TempDir
    Path dir;

    private static Map<String, String> env(SuperOfficeSandbox sandbox) {
        Map<String, String> env = SandboxEnv.of(sandbox);
        env.put("SO_PAGE_SIZE", "500");
        env.put("SO_MAX_REQUESTS_PER_SECOND", "1000");
        return env;
    }

    private static long count(String err, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + ":\\s+(\\d+)").matcher(err);
        assertThat(m.find()).as("%s in%n%s", label, err).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void report_tenantCapsPagesAndAColumnRepeatsSales_summarySaysSoAndCountsEachSaleOnce() throws IOException {
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(SandboxOptions.builder()
                .salesCount(1_000)
                .scenarios(Scenarios.none().withRowsPerPageCap(200))
                .build())) {
            Map<String, String> env = env(sandbox);
            // A quote line column makes the sale archive answer one row per quote line: quoted sales come twice.
            env.put("SO_UDF_COLUMNS", "saleUdef/SuperOffice:1,quote/version/alternative/quoteline/quantity");

            CliRun run = CliRun.in(dir, env, Modules.EMPTY_MODULE, "report", "--all", "--no-quote-lines");

            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(count(run.err, "Sales matched by the query")).isEqualTo(count(run.err, "Sales read"));
            assertThat(run.err)
                    .contains("Note: the tenant returns at most 200 rows a page (500 were asked); the connector asked"
                            + " for 200 a page from then on and did not take a short page for the end\n")
                    .containsPattern("Note: \\d+ rows came again for a sale already read and were dropped; each sale is"
                            + " counted once\n");
            // Each sale's products once: a repeated row would have doubled its lines.
            Files.readString(dir.resolve("product_report.csv"))
                    .lines()
                    .skip(1)
                    .map(line -> line.substring(0, line.indexOf(',')) + " " + line.split(",")[6])
                    .collect(Collectors.groupingBy(saleAndProduct -> saleAndProduct, Collectors.counting()))
                    .forEach((saleAndProduct, rows) ->
                            assertThat(rows).as(saleAndProduct).isEqualTo(1));
        }
    }

    @Test
    void report_calmTenant_summaryHasTheCountAndNoReadNotes() {
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().salesCount(700).build())) {
            CliRun run = CliRun.in(dir, env(sandbox), Modules.EMPTY_MODULE, "report", "--all", "--no-quote-lines");

            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(count(run.err, "Sales matched by the query")).isEqualTo(count(run.err, "Sales read"));
            assertThat(run.err).doesNotContain("rows a page", "came again");
        }
    }

    @Test
    void report_stoppedByLimit_saysNothingAboutHowManyMatched() {
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().salesCount(700).build())) {
            CliRun run =
                    CliRun.in(dir, env(sandbox), Modules.EMPTY_MODULE, "report", "--limit", "50", "--no-quote-lines");

            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(run.err).containsPattern("Sales read:\\s+50\n").doesNotContain("Sales matched by the query");
        }
    }
}
