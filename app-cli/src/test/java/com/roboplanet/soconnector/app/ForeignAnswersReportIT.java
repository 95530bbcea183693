package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.util.Modules;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code report} when answers are not what they seem: a login page in the middle of a run stops it (exit 5, nothing
 * written); a Quote agent the tenant refuses as documented gives a report that says it is incomplete (exit 8); list
 * names in several languages come out in SO_LANGUAGE.
 */
class ForeignAnswersReportIT {
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

    private CliRun run(Map<String, String> extra, String... args) {
        Map<String, String> env = SandboxEnv.of(sandbox);
        env.putAll(extra);
        return CliRun.in(dir, env, Modules.EMPTY_MODULE, args);
    }

    @ParameterizedTest(name = "login page after {0} requests")
    @ValueSource(ints = {0, 3, 12})
    void report_whenALoginPageAnswersMidRun_exits5NamingItAndWritesNothing(int requests) {
        sandbox.redirectToLoginPageAfter(requests);

        // Pages of ten, so that the run is still reading when the login page comes.
        CliRun run = run(Map.of("SO_PAGE_SIZE", "10"), "report", "--limit", "100");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.err)
                .contains("was answered with a login page (302 to " + sandbox.loginUrl() + "/login/sso/)")
                .doesNotContain("refused")
                .doesNotContain("sandbox-session-token");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void report_whenAnHtmlPageAnswers_exits5AndWritesNothing() {
        sandbox.answerHtmlPageAfter(2);

        CliRun run = run(Map.of(), "report", "--limit", "100");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.err).contains("a login page (200, \"Sign in - Corporate SSO\")");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void report_whenTenantRefusesTheQuoteAgent_writesTheReportSaysItIsIncompleteAndExits8() {
        CliRun complete = run(Map.of(), "report", "--limit", "100", "--out", "complete.csv");
        sandbox.answerQuoteAgentWith(403);

        CliRun run = run(Map.of(), "report", "--limit", "100");

        assertThat(complete.exitCode).as(complete.toString()).isZero();
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(dir.resolve("product_report.csv")).exists();
        assertThat(run.err)
                .contains(
                        "Incomplete (exit 8): SuperOffice refused the quote line archive (403 to GET v1/Archive/ConfigurableArchiveQuoteLine")
                .doesNotContainPattern("matched by quote line:\\s+[1-9]");
        assertThat(complete.err)
                .containsPattern("matched by quote line:\\s+[1-9]")
                .doesNotContain("Incomplete");
    }

    @Test
    void report_withNoQuoteLines_isCompleteEvenWhenTheQuoteAgentIsRefused() {
        sandbox.answerQuoteAgentWith(403);

        CliRun run = run(Map.of(), "report", "--limit", "100", "--no-quote-lines");

        assertThat(run.exitCode).as(run.toString()).isZero();
    }

    @ParameterizedTest(name = "Quote agent answers {0}")
    @ValueSource(ints = {404, 500})
    void report_whenQuoteAgentFailsOtherwise_exits5AndWritesNothing(int status) {
        sandbox.answerQuoteAgentWith(status);

        CliRun run = run(Map.of(), "report", "--limit", "100");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.err)
                .contains("answered " + status + " to GET v1/Archive/ConfigurableArchiveQuoteLine")
                .doesNotContain("refused");
        assertThat(dir).isEmptyDirectory();
    }

    @ParameterizedTest(name = "SO_LANGUAGE={0}")
    @CsvSource({"de, Serviceroboter, Reinigungsroboter", "en, Service robots, Cleaning robots"})
    void products_whenListNamesComeInSeveralLanguages_showsTheConfiguredOne(
            String language, String first, String second) throws Exception {
        sandbox.multiLanguageListValues();

        CliRun run = run(Map.of("SO_LANGUAGE", language), "products", "--format", "json");

        assertThat(run.exitCode).as(run.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out);
        List<String> names = new ArrayList<>();
        doc.path("productFamilies").forEach(f -> names.add(f.path("name").asText()));
        assertThat(names).startsWith(first, second);
        assertThat(run.out).doesNotContain("US:\\\"").doesNotContain("GE:\\\"");
    }
}
