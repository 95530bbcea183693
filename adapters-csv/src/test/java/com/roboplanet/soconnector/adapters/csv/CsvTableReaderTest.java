package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.CsvLayout;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvTableReaderTest {
    @TempDir
    Path dir;

    @Test
    void read_commaFile_givesHeadersAndRowsByName() throws IOException {
        Path file = write("to,sale,firma\n380,12,Adler\nbob@customer.example,,\"Sonne, Krone\"\n");

        CsvTable table = new CsvTableReader().read(file);

        assertThat(table.headers()).containsExactly("to", "sale", "firma");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get("to")).isEqualTo("380");
        assertThat(table.rows().get(1).get("firma")).isEqualTo("Sonne, Krone");
        assertThat(table.rows().get(1).get("sale")).isEmpty();
        assertThat(table.rows().get(1).number()).isEqualTo(2);
        assertThat(table.rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void read_excelSemicolonsWithBom_isReadTheSame() throws IOException {
        Path file = dir.resolve("excel.csv");
        Files.write(file, ("\uFEFFto;firma\r\n380;Bäckerei Müller\r\n").getBytes(StandardCharsets.UTF_8));

        CsvTable table = new CsvTableReader().read(file);

        assertThat(table.headers()).containsExactly("to", "firma");
        assertThat(table.rows().get(0).get("firma")).isEqualTo("Bäckerei Müller");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void read_listAsSaved_remembersTheLayoutItsResultsGet(String kind, byte[] content, CsvLayout expected)
            throws IOException {
        Path file = Files.write(dir.resolve("list.txt"), content);

        assertThat(new CsvTableReader().read(file).layout()).isEqualTo(expected);
    }

    static Stream<Arguments> layouts() {
        String rows = "to;firma\r\n380;Bäckerei Müller\r\n";
        return Stream.of(
                Arguments.of(
                        "Excel CSV UTF-8: mark, ;, CRLF",
                        ("\uFEFF" + rows).getBytes(StandardCharsets.UTF_8),
                        new CsvLayout(';', true, "\r\n")),
                Arguments.of(
                        "German Excel CSV in Windows-1252: a mark for the UTF-8 answer",
                        rows.getBytes(Charset.forName("windows-1252")),
                        new CsvLayout(';', true, "\r\n")),
                Arguments.of(
                        "Unicode Text: UTF-16LE with mark, TAB",
                        ("\uFEFF" + rows.replace(';', '\t')).getBytes(StandardCharsets.UTF_16LE),
                        new CsvLayout('\t', true, "\r\n")),
                Arguments.of(
                        "a script's UTF-8 with |, LF",
                        "to|firma\n380|Adler\n".getBytes(StandardCharsets.UTF_8),
                        new CsvLayout('|', false, "\n")));
    }

    @Test
    void read_workbook_remembersExcelsCsvLayout() throws IOException {
        Path file = Workbooks.write(
                dir.resolve("list.xlsx"), "Empfänger", List.of(List.of("to", "firma"), List.of(380, "Adler")));

        assertThat(new CsvTableReader().read(file).layout()).isEqualTo(CsvLayout.EXCEL);
    }

    @Test
    void read_shortRow_fillsMissingColumnsWithEmpty() throws IOException {
        CsvTable table = new CsvTableReader().read(write("to,sale\n380\n"));

        assertThat(table.rows().get(0).values()).containsEntry("sale", "");
    }

    @Test
    void read_rowWithTooManyFields_failsNamingTheLine() throws IOException {
        Path file = write("to,sale\n380,1\n381,2,3\n");

        assertThatThrownBy(() -> new CsvTableReader().read(file))
                .isInstanceOf(CsvFileException.class)
                .hasMessage(file + ":3: 3 fields, but the header has 2 (a quote or delimiter too many?)");
    }

    @Test
    void read_duplicateHeader_fails() throws IOException {
        Path file = write("to,to\n1,2\n");

        assertThatThrownBy(() -> new CsvTableReader().read(file)).hasMessageContaining("names column 'to' twice");
    }

    @Test
    void read_missingOrEmptyFile_failsWithOneLine() throws IOException {
        Path empty = write("");

        assertThatThrownBy(() -> new CsvTableReader().read(dir.resolve("nope.csv")))
                .hasMessageEndingWith("nope.csv: file not found");
        assertThatThrownBy(() -> new CsvTableReader().read(empty)).hasMessageContaining("the file is empty");
    }

    @Test
    void read_excelDialects_areReadLikeExports() throws IOException {
        Path cp1252 = dir.resolve("cp1252.csv");
        Files.write(cp1252, "sep=;\r\nto;firma\r\n380;M\u00fcller, B\u00e4cker\r\n".getBytes("windows-1252"));
        Path unicodeText = dir.resolve("unicode.txt");
        Files.write(
                unicodeText,
                "\uFEFFto\tfirma\r\n380\tM\u00fcller, B\u00e4cker\r\n".getBytes(StandardCharsets.UTF_16LE));

        for (Path file : List.of(cp1252, unicodeText)) {
            CsvTable table = new CsvTableReader().read(file);

            assertThat(table.headers()).containsExactly("to", "firma");
            assertThat(table.rows().get(0).get("firma")).isEqualTo("M\u00fcller, B\u00e4cker");
            assertThat(table.rows().get(0).line()).isEqualTo(file == cp1252 ? 3 : 2);
        }
        assertThat(new CsvTableReader().read(cp1252).notes())
                .containsExactly("read as Windows-1252: not valid UTF-8 (line 3, byte offset 22)");
        assertThat(new CsvTableReader().read(unicodeText).format()).isEqualTo("UTF-16LE with BOM, delimiter TAB");
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("recipients.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
