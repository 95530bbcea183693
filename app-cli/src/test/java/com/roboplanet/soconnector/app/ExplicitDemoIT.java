package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated sales never pass for a tenant's in a run nobody watches: without any SO_* setting, a run without a terminal
 * stops with exit code 3 before writing anything; at a terminal the sandbox stands in and says so; --sandbox and
 * SO_ENVIRONMENT=sandbox ask for it anywhere.
 */
class ExplicitDemoIT {
    private static final String NO_SETTINGS = "so-connector: no SuperOffice settings: set SO_* or pass --sandbox";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "report",
                "report --all --format jsonl",
                "report --explain 342243",
                "suggest-keywords --write proposals.csv",
                "products",
                "inspect sales",
                "inspect reps",
                "inspect persons --company 12",
                "probe",
                "send --rep 1 --to 23 --subject Angebot --body-file body.txt --journal outbox"
            })
    void unattended_withoutSettings_stopsWithOneLineAndWritesNothing(String args) throws IOException {
        Files.writeString(dir.resolve("body.txt"), "Hallo");

        CliRun run = CliRun.unattended(dir, args.split(" "));

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).isEqualTo(NO_SETTINGS + "\n");
        assertThat(run.out).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("body.txt");
        }
    }

    @Test
    void unattended_withOnlyHowToUseKeys_stillStops() {
        CliRun run = CliRun.unattended(
                dir,
                Map.of("SO_SEND_STRATEGY", "activity-handoff", "SO_UDF_PRODUCT_PATTERN", "X"),
                Modules.EMPTY_MODULE,
                "report");

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.firstErrLine()).isEqualTo(NO_SETTINGS);
        assertThat(dir.resolve("product_report.csv")).doesNotExist();
    }

    @Test
    void unattended_withoutSettings_anExportNeedsNoTenant() throws IOException {
        Files.writeString(dir.resolve("sales.csv"), "SaleId,Heading,CustomerId\n1,2x Omnie,7\n");

        CliRun run = CliRun.unattended(dir, "report", "--from-csv", "sales.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(dir.resolve("product_report.csv")).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--sandbox report --limit 20", "report --limit 20 --sandbox"})
    void unattended_sandboxAsked_writesTheReportAndSaysWhichTenant(String args) {
        CliRun run = CliRun.unattended(dir, args.split(" "));

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.firstErrLine())
                .startsWith("Using the built-in SuperOffice sandbox (2000 generated sales at http://127.0.0.1:")
                .endsWith("), as asked.");
        assertThat(dir.resolve("product_report.csv")).exists();
    }

    @Test
    void unattended_environmentSandbox_isTheBuiltInSandboxAsAsked() {
        CliRun run = CliRun.unattended(
                dir, Map.of("SO_ENVIRONMENT", "sandbox"), Modules.EMPTY_MODULE, "report", "--limit", "20");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.firstErrLine())
                .startsWith("Using the built-in SuperOffice sandbox")
                .endsWith(", as asked.");
    }

    @Test
    void attended_withoutSettings_theSandboxStandsInAndSaysSo() {
        CliRun run = CliRun.in(dir, "report", "--limit", "20");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.firstErrLine())
                .startsWith("No SO_* settings found: using the built-in SuperOffice sandbox (2000 generated sales")
                .endsWith("See README 'Configuration' to use your tenant; scripts pass --sandbox.");
        assertThat(dir.resolve("product_report.csv")).exists();
    }

    @Test
    void sandboxAsked_winsOverTenantSettings() {
        CliRun run = CliRun.unattended(
                dir,
                Map.of("SO_CLIENT_ID", "abc", "SO_CONTEXT_IDENTIFIER", "Cust1"),
                Modules.EMPTY_MODULE,
                "--sandbox",
                "inspect",
                "reps");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("anna.meyer@roboplanet.example");
    }
}
