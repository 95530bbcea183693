package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line behaves like the tools people know: help and version whatever the configuration, a help command,
 * completion, short usage errors, global options anywhere, dates as people write them.
 */
class CliConventionsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void brokenDotEnvAndAnExport() throws IOException {
        Files.writeString(dir.resolve(".env"), "SO_CLIENT_ID=abc\nthis line is broken\n");
        Files.writeString(dir.resolve("sales.csv"), "SaleId,Heading,CustomerId,SaleDate\n1,2x Omnie,7,2024-03-01\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help", "help report", "report --help", "send --help", "inspect -h"})
    void help_withABrokenDotEnv_printsTheUsageAndExits0(String args) {
        CliRun run = CliRun.unattended(dir, args.split(" "));

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).startsWith("Usage: so-connector").contains("Examples:");
        assertThat(run.err).isEmpty();
    }

    @Test
    void helpCommand_ofACommand_isThatCommandsHelp() {
        assertThat(CliRun.unattended(dir, "help", "report").out)
                .isEqualTo(CliRun.unattended(dir, "report", "--help").out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V", "report --version"})
    void version_withABrokenDotEnv_printsTheVersionAndExits0(String args) {
        CliRun run = CliRun.unattended(dir, args.split(" "));

        assertThat(run.exitCode).isZero();
        assertThat(run.out).startsWith("so-connector ");
        assertThat(run.err).isEmpty();
    }

    @Test
    void generateCompletion_withABrokenDotEnv_printsTheBashScript() {
        CliRun run = CliRun.unattended(dir, "generate-completion");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .contains("complete -F _complete_so-connector")
                .contains("inspect")
                .contains("--since");
    }

    @Test
    void unknownOption_threeLinesNamingTheNearestOptionAndTheHelp() {
        CliRun run = CliRun.unattended(dir, "report", "--limti", "3");

        assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(run.err.lines().toList())
                .containsExactly(
                        // The argument after an unknown option may be its value, and that may be a secret.
                        "so-connector: unknown options: '--limti', '" + UsageErrors.NOT_SHOWN + "'",
                        "Possible solutions: --limit",
                        "Try 'so-connector report --help' for more information.");
        assertThat(run.out).isEmpty();
    }

    @Test
    void badOptionValue_twoLines() {
        CliRun run = CliRun.unattended(dir, "report", "--limit", "many");

        assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(run.err.lines().toList())
                .containsExactly(
                        "so-connector: invalid value for option '--limit': 'many' is not an int",
                        "Try 'so-connector report --help' for more information.");
    }

    @Test
    void unknownCommand_namesTheNearestCommands() {
        CliRun run = CliRun.unattended(dir, "reprot");

        assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(run.err.lines().toList())
                .containsExactly(
                        "so-connector: unmatched argument at index 0: 'reprot'",
                        "Did you mean: so-connector probe or so-connector report or so-connector products?",
                        "Try 'so-connector --help' for more information.");
    }

    @Test
    void noCommand_namesTheCommands() {
        CliRun root = CliRun.unattended(dir);
        CliRun inspect = CliRun.unattended(dir, "inspect");

        assertThat(root.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(root.firstErrLine())
                .isEqualTo("so-connector: a command is missing: report, suggest-keywords, products, inspect, send,"
                        + " probe, sandbox, help, generate-completion");
        assertThat(inspect.firstErrLine()).isEqualTo("so-connector: a command is missing: sales, reps, persons");
    }

    @Test
    void globalOptions_afterTheSubcommand_areTheSameAsBefore() throws IOException {
        Files.writeString(dir.resolve("other.env"), "SO_FOO=1\n");
        List<String> messages = List.of(
                CliRun.unattended(dir, "--env-file", "other.env", "report", "--from-csv", "sales.csv")
                        .firstErrLine(),
                CliRun.unattended(dir, "report", "--from-csv", "sales.csv", "--env-file", "other.env")
                        .firstErrLine(),
                CliRun.unattended(dir, "report", "--env-file=other.env", "--from-csv", "sales.csv")
                        .firstErrLine());

        assertThat(messages)
                .containsOnly("so-connector: " + dir.resolve("other.env") + ":1: SO_FOO is not a setting of"
                        + " so-connector (README 'Configuration' lists every key)");
    }

    @Test
    void configAndDebug_afterTheSubcommand_takeEffect() throws IOException {
        Files.delete(dir.resolve(".env"));

        CliRun config = CliRun.unattended(dir, "report", "--from-csv", "sales.csv", "-c", "SO_NOPE=1");
        CliRun debug = CliRun.unattended(dir, "report", "--from-csv", "missing.csv", "--debug");

        assertThat(config.firstErrLine()).startsWith("so-connector: -c: SO_NOPE is not a setting");
        assertThat(debug.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(debug.err).contains("\tat com.roboplanet.soconnector."); // the stack trace --debug asks for
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-01", "01.02.2024", "1.2.2024"})
    void since_isoAndGermanDates_areTheSameDay(String day) throws IOException {
        Files.delete(dir.resolve(".env"));

        CliRun run = CliRun.unattended(dir, "report", "--from-csv", "sales.csv", "--since", day, "--out", "r.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(dir.resolve("r.csv")).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "31.02.2024", "02/01/2024", "gestern", "2024-2-1"})
    void since_anythingElse_aClearUsageError(String day) {
        CliRun run = CliRun.unattended(dir, "report", "--from-csv", "sales.csv", "--since", day);

        assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(run.firstErrLine())
                .startsWith("so-connector: invalid value for option '--since': '" + day + "' is ")
                .endsWith("; expected YYYY-MM-DD or DD.MM.YYYY, e.g. 2024-02-01 or 01.02.2024");
        assertThat(run.err).hasLineCount(2).doesNotContain("Exception");
    }
}
