package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8TextFilesTest {
    @TempDir
    Path dir;

    private final Utf8TextFiles texts = new Utf8TextFiles();

    @Test
    void read_utf8WithByteOrderMark_dropsTheMarkAndKeepsLineEndings() throws IOException {
        Path file = dir.resolve("template.txt");
        Files.write(file, "\uFEFFSubject: Grüße\r\n\r\nText".getBytes(StandardCharsets.UTF_8));

        assertThat(texts.read(file, "--template")).isEqualTo("Subject: Grüße\r\n\r\nText");
    }

    @Test
    void read_missingBlankOrNotUtf8_namesTheLabelAndFile() throws IOException {
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Grüße".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> texts.read(dir.resolve("missing.txt"), "--body-file"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--body-file " + dir.resolve("missing.txt") + ": file not found");
        assertThatThrownBy(() -> texts.read(blank, "--body-file"))
                .hasMessage("--body-file " + blank + ": the file is empty");
        assertThatThrownBy(() -> texts.read(latin1, "--html-file"))
                .hasMessage("--html-file " + latin1 + ": not valid UTF-8 text (save it as UTF-8)");
    }
}
