package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.app.config.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every setting is known: an unknown SO_* or SMTP_* key in .env or -c stops the run naming the closest key, one in the
 * environment is a warning (but stops a send), a secret on the command line is a warning.
 */
class KnownSettingsTest {
    private static final String SEE_README = " (README 'Configuration' lists every key)";

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();
    private FakeSuperOffice crm;

    @BeforeEach
    void setUp() throws IOException {
        crm = FakeSuperOffice.restricted();
        Files.writeString(dir.resolve("body.txt"), "Hallo Bob,\nanbei das Angebot.\nAnna", StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("sales.csv"), "SaleId,Heading,CustomerId\n1,2x Omnie,7\n", StandardCharsets.UTF_8);
    }

    @Test
    void send_misspeltStrategyKeyInDotEnv_stopsBeforeSendingNamingTheKey() throws IOException {
        Files.writeString(dir.resolve(".env"), "# the rep checks every mail\nSO_SEND_STRATEGIES=activity-handoff\n");

        CliRun run = send();

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.firstErrLine())
                .isEqualTo("so-connector: " + dir.resolve(".env") + ":2: SO_SEND_STRATEGIES is not a setting of"
                        + " so-connector; did you mean SO_SEND_STRATEGY?" + SEE_README);
        assertThat(run.err).hasLineCount(1);
        assertNothingSent();
    }

    @Test
    void send_misspeltStrategyKeyInTheEnvironment_warnsAndStopsBeforeSending() {
        env.put("SO_SEND_STRATEGIES", "activity-handoff");

        CliRun run = send();

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err.lines().toList())
                .containsExactly(
                        "so-connector: warning: the environment sets SO_SEND_STRATEGIES, which is not a setting of"
                                + " so-connector (did you mean SO_SEND_STRATEGY?); it is ignored",
                        "so-connector: the environment sets SO_SEND_STRATEGIES, which is not a setting (see the"
                                + " warning above); send stops before sending: correct or unset it");
        assertNothingSent();
    }

    @Test
    void sendDryRun_misspeltKeyInTheEnvironment_onlyWarns() {
        env.put("SO_SEND_STRATEGIES", "activity-handoff");

        CliRun run = send("--dry-run");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.firstErrLine()).startsWith("so-connector: warning: the environment sets SO_SEND_STRATEGIES");
        assertNothingSent();
    }

    @Test
    void report_unknownKeysInTheEnvironment_warnOncePerKeyAndTheRunGoesOn() {
        env.put("SO_FOO", "1");
        env.put("SMTP_BAR", "2");
        env.put("PATH", "/usr/bin");

        CliRun run = CliRun.unattended(
                dir, env, com.google.inject.util.Modules.EMPTY_MODULE, "report", "--from-csv", "sales.csv");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.err.lines().filter(l -> l.startsWith("so-connector: warning:")))
                .containsExactlyInAnyOrder(
                        "so-connector: warning: the environment sets SO_FOO, which is not a setting of so-connector;"
                                + " it is ignored",
                        "so-connector: warning: the environment sets SMTP_BAR, which is not a setting of"
                                + " so-connector; it is ignored");
        assertThat(dir.resolve("product_report.csv")).exists();
    }

    @Test
    void report_unknownKeysOnTheCommandLine_stopBeforeAnythingIsWritten() {
        CliRun foo = report("-c", "FOO=1");
        CliRun soFoo = report("-c", "SO_FOO=1");

        assertThat(foo.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(foo.firstErrLine())
                .isEqualTo("so-connector: -c: a key that does not start with SO_ or SMTP_ is not a setting of"
                        + " so-connector (the key is not shown: it may be a value pasted without its key)"
                        + SEE_README);
        assertThat(soFoo.firstErrLine())
                .isEqualTo("so-connector: -c: SO_FOO is not a setting of so-connector" + SEE_README);
        assertThat(dir.resolve("product_report.csv")).doesNotExist();
    }

    @Test
    void report_keysInOtherCaseOrForTheLauncher_saySo() throws IOException {
        Files.writeString(dir.resolve(".env"), "so_page_size=100\n");
        CliRun lower = report();
        Files.writeString(dir.resolve(".env"), "SO_CONNECTOR_JAVA_OPTS=-Xmx1g\n");
        CliRun launcher = report();

        assertThat(lower.firstErrLine())
                .isEqualTo("so-connector: " + dir.resolve(".env") + ":1: so_page_size is not a setting of"
                        + " so-connector; keys are upper case: SO_PAGE_SIZE" + SEE_README);
        assertThat(launcher.firstErrLine())
                .isEqualTo("so-connector: " + dir.resolve(".env") + ":1: SO_CONNECTOR_JAVA_OPTS is read by"
                        + " bin/so-connector from the environment before Java starts; set it there (export"
                        + " SO_CONNECTOR_JAVA_OPTS=...)");
        assertThat(launcher.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void report_tenantKeysInLowerCaseInTheEnvironmentAtATerminal_namesTheSpellingAndUsesNoDemo() {
        env.put("so_client_id", "abc");
        env.put("so_context_identifier", "Cust12345");

        CliRun run = CliRun.in(dir, env, com.google.inject.util.Modules.EMPTY_MODULE, "report");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err.lines().toList())
                .containsExactlyInAnyOrder(
                        "so-connector: warning: the environment sets so_client_id, which is not a setting of"
                                + " so-connector (keys are upper case: SO_CLIENT_ID); it is ignored",
                        "so-connector: warning: the environment sets so_context_identifier, which is not a setting"
                                + " of so-connector (keys are upper case: SO_CONTEXT_IDENTIFIER); it is ignored",
                        "so-connector: no SuperOffice settings: set SO_* or pass --sandbox");
        assertThat(dir.resolve("product_report.csv")).doesNotExist();
    }

    @Test
    void report_launcherKeyInTheEnvironment_isKnownAndQuiet() {
        env.put("SO_CONNECTOR_JAVA_OPTS", "-Xmx1g");

        CliRun run = report();

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.err).doesNotContain("warning");
    }

    @Test
    void report_secretGivenWithDashC_warnsAboutTheProcessListWithoutTheValue() {
        CliRun run = report("-c", "SO_CLIENT_SECRET=s3cr3t-value", "-c", "SMTP_PASSWORD=hunter2-value");

        assertThat(run.err.lines().filter(l -> l.contains("warning")))
                .containsExactly(
                        "so-connector: warning: -c SO_CLIENT_SECRET puts a secret on the command line, where the"
                                + " process list and the shell history keep it; put it in .env (readable only by"
                                + " you) or the environment",
                        "so-connector: warning: -c SMTP_PASSWORD puts a secret on the command line, where the"
                                + " process list and the shell history keep it; put it in .env (readable only by"
                                + " you) or the environment");
        assertThat(run.err).doesNotContain("s3cr3t-value").doesNotContain("hunter2-value");
    }

    /** Each key of the registry with one edit a hand makes: a letter dropped, doubled, or two letters swapped. */
    static Stream<org.junit.jupiter.params.provider.Arguments> misspellings() {
        return Arrays.stream(Setting.values()).filter(s -> !s.environmentOnly()).flatMap(s -> {
            String k = s.key();
            int i = k.length() / 2 + 1;
            return Stream.of(
                            k.substring(0, i) + k.substring(i + 1),
                            k.substring(0, i) + k.charAt(i) + k.substring(i),
                            k.substring(0, i) + k.charAt(i + 1) + k.charAt(i) + k.substring(i + 2),
                            k + "S")
                    .filter(typo -> Setting.of(typo).isEmpty())
                    .map(typo -> org.junit.jupiter.params.provider.Arguments.of(typo, k));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misspellings")
    void report_misspeltKeyInDotEnv_namesTheKeyMeant(String typo, String meant) throws IOException {
        Files.writeString(dir.resolve(".env"), typo + "=x\n");

        CliRun run = report();

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.firstErrLine()).contains(typo + " is not a setting").contains("did you mean " + meant + "?");
        assertThat(dir.resolve("product_report.csv")).doesNotExist();
    }

    @Test
    void send_misspeltStrategyName_namesTheNearestStrategy() {
        CliRun run = CliRun.in(
                dir,
                env,
                crm.module(),
                "-c",
                "SO_SEND_STRATEGY=email-agent,activty-handoff",
                "send",
                "--rep",
                "5",
                "--to",
                "380",
                "--subject",
                "Angebot",
                "--body-file",
                "body.txt",
                "--journal",
                "outbox");

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.firstErrLine())
                .isEqualTo("so-connector: SO_SEND_STRATEGY (-c): entry 2 of 2 is not a strategy (did you mean"
                        + " activity-handoff?); give one or a comma list of email-agent, smtp-relay, activity-handoff"
                        + " (tried in that order)");
        assertNothingSent();
    }

    private CliRun send(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "send",
                "--rep",
                "5",
                "--to",
                "380",
                "--subject",
                "Angebot",
                "--body-file",
                "body.txt",
                "--journal",
                "outbox"));
        args.addAll(List.of(extra));
        return CliRun.in(dir, env, crm.module(), args.toArray(String[]::new));
    }

    private CliRun report(String... global) {
        List<String> args = new java.util.ArrayList<>(List.of(global));
        args.addAll(List.of("report", "--from-csv", "sales.csv"));
        return CliRun.unattended(dir, env, com.google.inject.util.Modules.EMPTY_MODULE, args.toArray(String[]::new));
    }

    private void assertNothingSent() {
        assertThat(crm.emailAgent.calls()).isEmpty();
        assertThat(crm.handoff.calls()).isEmpty();
        assertThat(dir.resolve("outbox")).doesNotExist();
    }
}
