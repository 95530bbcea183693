package com.roboplanet.soconnector.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A .env as Windows editors save it: Notepad's "Unicode" is UTF-16 with a byte-order mark. */
class DotEnvEncodingTest {
    private static final String TEXT = "# Mandant\r\nSO_LANGUAGE=de\r\nSMTP_FROM_NAME=Müller Vertrieb\r\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void load_utf16WithByteOrderMark_isRead(String charset) throws Exception {
        Path env = dir.resolve(".env");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(
                charset.equals("UTF-16LE")
                        ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                        : new byte[] {(byte) 0xFE, (byte) 0xFF});
        bytes.write(TEXT.getBytes(Charset.forName(charset)));
        Files.write(env, bytes.toByteArray());

        Configuration config = Configuration.load(env, true, Map.of(), Map.of());

        assertThat(config.get("SO_LANGUAGE")).contains("de");
        assertThat(config.get("SMTP_FROM_NAME")).contains("Müller Vertrieb");
    }

    @Test
    void load_utf16WithoutByteOrderMark_isNamedWithTheFix() throws Exception {
        Path env = Files.write(dir.resolve(".env"), TEXT.getBytes(StandardCharsets.UTF_16LE));

        assertThatThrownBy(() -> Configuration.load(env, true, Map.of(), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(env
                        + ": UTF-16 text without a byte-order mark (NUL in every other byte); save the file as UTF-8");
    }
}
