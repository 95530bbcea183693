package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A missing right is not refused credentials: {@code products} says what the user may not do (exit 9), the commands
 * that use the CRM's products only as an aid warn and go on, and only a refused refresh token is exit 4.
 */
class RightsCommandIT {
    private static final String PRODUCTS_REFUSED = "SuperOffice refused GET v1/Product (403 SoSecurityException:"
            + " Access denied: the user's role does not allow this): the API user may not read products (the Product"
            + " archive); a SuperOffice administrator can grant that right to the user's role (the credentials are"
            + " fine: SuperOffice accepted the token)";

    @TempDir
    Path dir;

    private SuperOfficeSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().salesCount(300).build());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CliRun run(String... args) {
        return CliRun.unattended(dir, SandboxEnv.of(sandbox), Modules.EMPTY_MODULE, args);
    }

    @Test
    void products_productArchiveRefused_saysWhatTheUserMayNotDoWithExit9() {
        sandbox.refuseRoute("GET Product", 403);

        CliRun run = run("products");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.NOT_PERMITTED);
        assertThat(run.err).isEqualTo("so-connector: " + PRODUCTS_REFUSED + "\n");
        assertThat(run.out).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 401})
    void suggestKeywords_productArchiveRefused_warnsAndProposesWithoutTheCrmNames(int status) {
        sandbox.refuseRoute("GET Product", status);

        CliRun run = run("suggest-keywords", "--limit", "200", "--write", "proposals.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.firstErrLine())
                .startsWith("so-connector: warning: SuperOffice refused GET v1/Product (" + status)
                .endsWith("; going on without the CRM's product names");
        assertThat(run.out).isNotEmpty();
        assertThat(dir.resolve("proposals.csv")).exists();
    }

    @Test
    void reportCatalogFromCrm_productArchiveRefused_warnsAndWritesTheReportWithTheFamilies() {
        sandbox.refuseRoute("GET Product", 403);

        CliRun run = run("report", "--limit", "100", "--catalog-from-crm");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.firstErrLine())
                .isEqualTo("so-connector: warning: " + PRODUCTS_REFUSED
                        + "; going on without the CRM's products in the catalogue");
        assertThat(dir.resolve("product_report.csv")).exists();
    }

    @Test
    void report_saleArchiveRefused_isAMissingRightNotCredentialsAndWritesNothing() {
        sandbox.refuseRoute("GET Sale", 403);

        CliRun run = run("report", "--limit", "100");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.NOT_PERMITTED);
        assertThat(run.firstErrLine()).startsWith("so-connector: SuperOffice refused GET v1/Sale (403");
        assertThat(dir.resolve("product_report.csv")).doesNotExist();
    }

    @Test
    void products_refreshTokenRevoked_isRefusedCredentialsWithExit4() {
        sandbox.revokeRefreshToken();

        CliRun run = run("products");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.ACCESS_DENIED);
        assertThat(run.firstErrLine()).startsWith("so-connector: SuperOffice refused the refresh token");
    }
}
