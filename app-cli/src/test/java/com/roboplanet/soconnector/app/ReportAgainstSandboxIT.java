package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import com.roboplanet.soconnector.sandbox.Faults;
import com.roboplanet.soconnector.sandbox.LoggedRequest;
import com.roboplanet.soconnector.sandbox.SandboxCredentials;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report against a sandbox tenant over loopback, as a user runs it, with the sandbox's faults switched
 * on: whatever the tenant does in between, the written CSV is the one a calm tenant gives, or there is no
 * CSV at all and a clear message.
 */
class ReportAgainstSandboxIT {
    private static final String[] REPORT = {"report", "--limit", "400"};

    @TempDir
    Path dir;

    @Test
    void report_withoutAnySetting_usesTheBuiltInSandbox() {
        CliRun run = CliRun.in(dir, "report", "--limit", "50");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.err).contains("built-in SuperOffice sandbox").containsPattern("Sales read:\\s+50");
        assertThat(dir.resolve("product_report.csv")).exists();
    }

    @Test
    void report_catalogFromCrm_matchesMoreHeadingsWithTheCrmsProductNames() throws IOException {
        CliRun plain = CliRun.in(dir, "report", "--limit", "300", "--no-quote-lines");
        CliRun merged = CliRun.in(dir, "report", "--limit", "300", "--no-quote-lines", "--catalog-from-crm");

        assertThat(merged.exitCode).as(merged.toString()).isZero();
        assertThat(matchedByHeading(merged)).isGreaterThan(matchedByHeading(plain));
        assertThat(report()).contains("BellaBot");
    }

    @Test
    void report_quotedSales_reportsQuoteLinesOnceAndCountsTheRequests() throws IOException {
        CliRun run = CliRun.in(dir, "report", "--limit", "100");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(report()).containsPattern(",QUOTE_LINE,(quote-line|marker|default)\n");
        assertThat(run.err)
                .containsPattern("matched by quote line:\\s+[1-9]")
                .containsPattern("\\(\\d+ requests: \\d+ sale pages?, \\d+ quote-line pages?");
        report().lines()
                .skip(1)
                .map(l -> l.substring(0, l.indexOf(',')) + l.split(",")[6])
                .collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.stream.Collectors.counting()))
                .forEach((saleAndProduct, n) -> assertThat(n).as(saleAndProduct).isEqualTo(1));
    }

    private static long matchedByHeading(CliRun run) {
        var m = java.util.regex.Pattern.compile("matched by heading:\\s+(\\d+)").matcher(run.err);
        assertThat(m.find()).as(run.toString()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void report_partlyConfigured_exits3NamingTheMissingKeys() {
        CliRun run = CliRun.in(dir, Map.of("SO_CLIENT_ID", "abc"), Modules.EMPTY_MODULE, REPORT);

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err)
                .contains("SO_CLIENT_SECRET", "SO_REFRESH_TOKEN", "SO_CONTEXT_IDENTIFIER")
                .hasLineCount(1);
    }

    @Test
    void report_tokenExpiresMidReport_writesTheSameCsv() throws IOException {
        String expected = calmReport();

        try (SuperOfficeSandbox sandbox =
                start(Faults.builder().tokenMaxUses(25).build())) {
            CliRun run = CliRun.in(dir, env(sandbox), Modules.EMPTY_MODULE, REPORT);

            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(report()).isEqualTo(expected);
            assertThat(statuses(sandbox, 401)).isPositive();
        }
    }

    @Test
    void report_throttledAndBurstOf503_honoursTheWaitsAndWritesTheSameCsv() throws IOException {
        String expected = calmReport();

        Faults faults =
                Faults.builder().rateLimitEveryNth(15, 1).burst(503, 3, 2).build();
        try (SuperOfficeSandbox sandbox = start(faults)) {
            CliRun run = CliRun.in(dir, env(sandbox), Modules.EMPTY_MODULE, REPORT);

            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(report()).isEqualTo(expected);
            assertThat(statuses(sandbox, 429)).isPositive();
            assertThat(statuses(sandbox, 503)).isEqualTo(2);
        }
    }

    @Test
    void report_tenantMovesHostAtATokenRefresh_followsTheNewHostAndWritesTheSameCsv() throws IOException {
        // The refreshed id_token carries the new webapi_url, so the move is followed without a 421; the
        // 421 re-discovery for a move between refreshes is covered by SuperOfficeSaleSourceIT.
        String expected = calmReport();

        Faults faults = Faults.builder().tokenMaxUses(25).moveHostOnRefresh(2).build();
        try (SuperOfficeSandbox sandbox = start(faults)) {
            CliRun run = CliRun.in(dir, env(sandbox), Modules.EMPTY_MODULE, REPORT);

            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(report()).isEqualTo(expected);
        }
    }

    @Test
    void report_configuredApiUrlIsStale_exits3SayingHowToFixIt() {
        try (SuperOfficeSandbox sandbox = start(Faults.none())) {
            Map<String, String> env = env(sandbox);
            env.put("SO_API_URL", sandbox.apiBaseUrl());
            sandbox.moveHost();

            CliRun run = CliRun.in(dir, env, Modules.EMPTY_MODULE, REPORT);

            assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(run.err).contains("421", "remove SO_API_URL").hasLineCount(1);
            assertThat(dir.resolve("product_report.csv")).doesNotExist();
        }
    }

    @Test
    void report_refreshTokenRevoked_exits4WithCausesAndWritesNothing() {
        try (SuperOfficeSandbox sandbox = start(Faults.none())) {
            sandbox.revokeRefreshToken();

            CliRun run = CliRun.in(dir, env(sandbox), Modules.EMPTY_MODULE, REPORT);

            assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.ACCESS_DENIED);
            assertThat(run.err).containsIgnoringCase("consent").hasLineCount(1);
            assertThat(dir.resolve("product_report.csv")).doesNotExist();
        }
    }

    @Test
    void report_malformedJsonPage_exits5AndWritesNothing() throws IOException {
        try (SuperOfficeSandbox sandbox =
                start(Faults.builder().malformedSalePage(2).build())) {
            CliRun run = CliRun.in(dir, env(sandbox), Modules.EMPTY_MODULE, REPORT);

            assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.UNAVAILABLE);
            assertThat(run.err).contains("Sale").hasLineCount(1);
            try (var files = Files.list(dir)) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void report_fullRunWithRefreshes_printsNoSecret() throws IOException {
        try (SuperOfficeSandbox sandbox =
                start(Faults.builder().tokenMaxUses(25).build())) {
            SandboxCredentials credentials = sandbox.credentials();
            CliRun run = CliRun.in(dir, env(sandbox), Modules.EMPTY_MODULE, "--debug", "report", "--limit", "400");

            assertThat(run.exitCode).as(run.toString()).isZero();
            String everything = run.out + run.err + report();
            assertThat(everything)
                    .doesNotContain(credentials.clientSecret())
                    .doesNotContain(credentials.refreshToken())
                    .doesNotContain("8A:")
                    .doesNotContain("Bearer");
        }
    }

    // Token faults allow 25 uses per token: fewer lets the prefetch thread use up a freshly renewed token
    // before the other thread's retry, which a one-hour token never does. 400 sales still renew it a dozen times.

    private String calmReport() throws IOException {
        try (SuperOfficeSandbox sandbox = start(Faults.none())) {
            CliRun run = CliRun.in(dir, env(sandbox), Modules.EMPTY_MODULE, REPORT);
            assertThat(run.exitCode).as(run.toString()).isZero();
            String csv = report();
            Files.delete(dir.resolve("product_report.csv"));
            assertThat(csv.lines().count()).isGreaterThan(100);
            return csv;
        }
    }

    private String report() throws IOException {
        return Files.readString(dir.resolve("product_report.csv"));
    }

    private static SuperOfficeSandbox start(Faults faults) {
        return SuperOfficeSandbox.start(SandboxOptions.builder().faults(faults).build());
    }

    /** The environment a user would set for this tenant, from the lines the sandbox prints for .env. */
    private static Map<String, String> env(SuperOfficeSandbox sandbox) {
        Map<String, String> env = SandboxEnv.of(sandbox);
        // Pages of 20: some 40 requests for 400 sales and their quote lines, so that the faults strike mid-report.
        env.put("SO_PAGE_SIZE", "20");
        env.put("SO_MAX_REQUESTS_PER_SECOND", "500");
        return env;
    }

    private static long statuses(SuperOfficeSandbox sandbox, int status) {
        return sandbox.requestLog().entries().stream()
                .mapToInt(LoggedRequest::status)
                .filter(s -> s == status)
                .count();
    }
}
