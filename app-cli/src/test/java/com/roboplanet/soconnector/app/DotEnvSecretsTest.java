package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.ConfigurationException;
import com.roboplanet.soconnector.app.config.Setting;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;
import com.roboplanet.soconnector.app.send.SendStrategyChoice;
import com.roboplanet.soconnector.app.send.SmtpRelayConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No error message ever carries text from a .env line that does not parse, nor any setting's value: a token pasted
 * into the wrong line or key must not reach the screen or a log, also not with --debug and its stack traces. The
 * lines are generated for every way a line can fail; the values for every key of the registry.
 */
class DotEnvSecretsTest {
    /** A refresh token as people paste it: base64 with its padding, so that it ends in '='. */
    private static final String TOKEN = "eyJ0eXAiOiJKV1QifQ.fake-refresh-token-value/Zq9+w==";

    private static final String TOKEN_MARK = "fake-refresh-token-value";

    @TempDir
    Path dir;

    /** Every way a line fails, each holding the token, with the line it is on and what the message must say. */
    static Stream<Arguments> malformedLines() {
        String noPadding = TOKEN.replace("=", "");
        return Stream.of(
                        Arguments.of(TOKEN, "expected KEY=value with a KEY"),
                        Arguments.of(noPadding, "found no '='"),
                        Arguments.of("SO_REFRESH_TOKEN " + TOKEN, "expected KEY=value with a KEY"),
                        Arguments.of("SO_REFRESH_TOKEN: " + noPadding, "found no '='"),
                        Arguments.of("\"" + TOKEN + "\"", "expected KEY=value with a KEY"),
                        Arguments.of("export " + TOKEN, "expected KEY=value with a KEY"),
                        Arguments.of("SO_REFRESH_TOKEN=\"" + TOKEN, "the value of SO_REFRESH_TOKEN has no closing \""),
                        Arguments.of("SO_REFRESH_TOKEN='" + TOKEN + "' " + TOKEN, "unexpected text after the quoted"),
                        Arguments.of("SO_REFRESH_TOKN=" + TOKEN, "SO_REFRESH_TOKN is not a setting"),
                        Arguments.of("SMTP_PASWORD=" + TOKEN, "SMTP_PASWORD is not a setting"),
                        Arguments.of("SO_REFRESH_TOKEN=" + TOKEN + "\u0000", "a control character (U+0000)"),
                        Arguments.of("SO_REFRESH_TOKEN=" + TOKEN + "\u001b[0m", "a control character (U+001B)"),
                        Arguments.of(TOKEN + "\u0085", "a control character (U+0085)"))
                .flatMap(a -> Stream.of(false, true).map(debug -> Arguments.of(a.get()[0], a.get()[1], debug)));
    }

    @ParameterizedTest(name = "{0} debug={2}")
    @MethodSource("malformedLines")
    void report_malformedLineHoldingAToken_namesTheLineNeverTheToken(String line, String expected, boolean debug)
            throws IOException {
        Files.writeString(dir.resolve(".env"), "# settings\nSO_CLIENT_ID=abc\n" + line + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("sales.csv"), "SaleId,Heading,CustomerId\n1,Omnie,7\n");

        CliRun run = CliRun.unattended(
                dir,
                Map.of(),
                Modules.EMPTY_MODULE,
                debug
                        ? new String[] {"--debug", "report", "--from-csv", "sales.csv"}
                        : new String[] {"report", "--from-csv", "sales.csv"});

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.firstErrLine())
                .startsWith("so-connector: " + dir.resolve(".env") + ":3: ")
                .contains(expected);
        assertThat(run.err + run.out).doesNotContain(TOKEN_MARK);
        assertThat(dir.resolve("product_report.csv")).doesNotExist();
    }

    /** dotenv's debug mode once logged commented-out lines (motdotla/dotenv#569): a comment is never read out. */
    @org.junit.jupiter.api.Test
    void debugRun_commentedOutToken_neverShows() throws IOException {
        Files.writeString(
                dir.resolve(".env"),
                "# production:\n#SO_REFRESH_TOKEN=" + TOKEN + "\n  # " + TOKEN + "\nSO_UDF_PRODUCT_PATTERN=X\n");
        Files.writeString(dir.resolve("sales.csv"), "SaleId,Heading,CustomerId\n1,Omnie,7\n");

        CliRun run = CliRun.unattended(dir, "--debug", "report", "--from-csv", "sales.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.err + run.out).doesNotContain(TOKEN_MARK);
    }

    @ParameterizedTest(name = "debug={0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void report_dotEnvNotUtf8_namesTheLineNeverItsText(boolean debug) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("SO_CLIENT_ID=abc\nSO_REFRESH_TOKEN=".getBytes(StandardCharsets.UTF_8));
        bytes.write(TOKEN.getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xFC, '\n'}); // 'ü' in Windows-1252
        Files.write(dir.resolve(".env"), bytes.toByteArray());

        CliRun run = CliRun.unattended(dir, debug ? "--debug" : "--sandbox", "report", "--from-csv", "none.csv");

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.firstErrLine())
                .isEqualTo("so-connector: " + dir.resolve(".env") + ":2: not UTF-8 text (byte offset "
                        + (bytes.size() - 2) + "); save the file as UTF-8");
        assertThat(run.err).doesNotContain(TOKEN_MARK);
    }

    /** Every key of the registry given the token as its value, or the token broken so that no parser accepts it. */
    static Stream<Arguments> keysWithTheTokenAsValue() {
        return Arrays.stream(Setting.values())
                .filter(s -> !s.environmentOnly())
                .flatMap(s -> Stream.of(TOKEN, TOKEN + " (", "http://" + TOKEN + "@", TOKEN + "\n" + TOKEN)
                        .map(value -> Arguments.of(s.key(), value)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keysWithTheTokenAsValue")
    void settings_tokenAsAnyKeysValue_neverInTheMessageNorItsCauses(String key, String value) {
        Map<String, String> values = new HashMap<>(Map.of(
                "SO_CLIENT_ID", "id",
                "SO_CLIENT_SECRET", "secret",
                "SO_REFRESH_TOKEN", "refresh",
                "SO_REDIRECT_URI", "https://example.com/callback",
                "SO_ENVIRONMENT", "online",
                "SO_CONTEXT_IDENTIFIER", "Cust1",
                "SMTP_HOST", "relay.example.com",
                "SMTP_FROM", "crm@example.com"));
        values.put(key, value);
        Configuration config = Configuration.of(values);

        for (Runnable check : List.<Runnable>of(
                () -> SuperOfficeConfig.settings(config),
                () -> SuperOfficeConfig.mailSettings(config),
                () -> SuperOfficeConfig.udfProductPatterns(config),
                () -> SmtpRelayConfig.settings(config),
                () -> SendStrategyChoice.from(config))) {
            try {
                check.run();
            } catch (ConfigurationException e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                assertThat(trace.toString()).as(key).doesNotContain(TOKEN_MARK);
            }
        }
    }
}
