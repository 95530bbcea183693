package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code -c} flag typed wrong is how a token reaches a terminal recording or a CI log: no usage error and no
 * configuration error ever repeats it. Generated: every way to mistype KEY=VALUE, in every spelling of the option (also
 * mistyped ones, and none), before and after the command, with and without {@code --debug}.
 */
class ConfigFlagSecretsTest {
    private static final String SECRET = "FAKEs3cr3tV4lue7f3a";

    @TempDir
    Path dir;

    @BeforeEach
    void export() throws IOException {
        Files.writeString(dir.resolve("sales.csv"), "SaleId,Heading,CustomerId\n1,2x Omnie,7\n");
    }

    /** A flag's text: a key (ours in any case, a URL-valued one, none) and the secret with anything but a '='. */
    static List<String> malformedFlags() {
        List<String> flags = new ArrayList<>();
        for (String key : List.of("SO_REFRESH_TOKEN", "so_client_secret", "SMTP_PASSWORD", "SO_PROXY")) {
            String value = key.equals("SO_PROXY") ? "http://alice:" + SECRET + "@proxy:8080" : SECRET;
            for (String separator : List.of(" ", ":", ": ", "\t", " - ", "", "\u00a0", " := ", "\u2260")) {
                flags.add(key + separator + value);
            }
            flags.add(key + " " + value + "=="); // a token with its base64 padding: a '=', but no KEY before it
            flags.add(key + " " + key + "=" + value); // the key twice: no KEY before the '='
        }
        flags.addAll(List.of(SECRET, "=" + SECRET, " = " + SECRET, SECRET + "=", SECRET + "==", "x y=" + SECRET));
        return flags;
    }

    /** The spellings of the option with the flag's text, each as arguments. */
    static List<List<String>> spellings(String flag) {
        return List.of(
                List.of("-c", flag),
                List.of("-c" + flag),
                List.of("-c=" + flag),
                List.of("--config", flag),
                List.of("--config=" + flag),
                List.of("-qc", flag),
                List.of("-qc" + flag),
                List.of("-C", flag),
                List.of("--confg", flag),
                List.of("--confg=" + flag),
                List.of("--Config", flag));
    }

    static Stream<Arguments> commandLines() {
        AtomicInteger n = new AtomicInteger();
        return malformedFlags().stream().flatMap(flag -> {
            List<List<String>> forms = new ArrayList<>(spellings(flag));
            if (!flag.equals(SECRET)) {
                forms.add(List.of(flag)); // -c forgotten; a bare word is all a command line can show of a typo
            }
            return forms.stream()
                    .flatMap(form -> Stream.of(true, false).map(before -> {
                        List<String> args = new ArrayList<>();
                        if (n.incrementAndGet() % 2 == 0) {
                            args.add("--debug");
                        }
                        if (before) {
                            args.addAll(form);
                        }
                        args.addAll(List.of("report", "--from", "sales.csv", "--out", "r.csv"));
                        if (!before) {
                            args.addAll(form);
                        }
                        return Arguments.of(args);
                    }));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void anyCommand_malformedConfigFlag_neverShowsTheValue(List<String> args) {
        CliRun run = CliRun.unattended(dir, args.toArray(String[]::new));

        assertThat(run.exitCode).as(run.toString()).isIn(ExitCode.USAGE, ExitCode.INVALID_INPUT);
        assertThat(run.err + run.out).as(run.toString()).doesNotContain(SECRET).doesNotContain("s3cr3t");
        assertThat(dir.resolve("r.csv")).doesNotExist();
    }

    @Test
    void anyCommand_flagWithoutEquals_namesThePositionAndTheSettingItStartsWith() {
        CliRun run = CliRun.unattended(
                dir, "-c", "SO_EXCEL=true", "-c", "SO_REFRESH_TOKEN " + SECRET, "report", "--from", "sales.csv");

        assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(run.err.lines().toList())
                .containsExactly(
                        "so-connector: -c number 2 of 2 expects KEY=VALUE but has no '=' (its text is not shown: it"
                                + " may hold a secret); write -c SO_REFRESH_TOKEN=VALUE, or better put the line into"
                                + " .env",
                        "Try 'so-connector --help' for more information.");
    }
}
