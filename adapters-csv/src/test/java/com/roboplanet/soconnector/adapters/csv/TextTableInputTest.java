package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Encodings and dialects of delimited text, tried as kinds: every BOM, every delimiter, every quoting. */
class TextTableInputTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<List<String>> TABLE = List.of(
            List.of("Sale ID", "Firma", "Stichwort"),
            List.of("1", "Gebäude Müller & Söhne", "2xOmnie – für Düsseldorf"),
            List.of("2", "Café \"Zur Post\"", "BellaBot, Ladestation; Miete | 3 Stk.\tx"),
            List.of("3", "", "zwei\nZeilen"));

    @TempDir
    Path dir;

    private Path write(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("table.txt"), bytes);
    }

    private static List<List<String>> readAll(ExportFile export) {
        List<List<String>> rows = new ArrayList<>();
        try (TableInput table = TableInput.open(export)) {
            TableInput.Row row = table.header();
            while (row != null) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    values.add((String) row.value(i));
                }
                rows.add(values);
                row = table.next();
            }
        }
        return rows;
    }

    private static String format(Path file) {
        try (TableInput table = TableInput.open(ExportFile.of(file))) {
            table.header();
            while (table.next() != null) {
                // read to the end: a late guess shows in the notes
            }
            return table.format() + (table.notes().isEmpty() ? "" : " / " + String.join(" / ", table.notes()));
        }
    }

    private static String text(List<List<String>> table, char delimiter, String newline, boolean quoteAll) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : table) {
            for (int i = 0; i < row.size(); i++) {
                String field = row.get(i);
                out.append(i == 0 ? "" : String.valueOf(delimiter))
                        .append(
                                quoteAll
                                        ? "\"" + field.replace("\"", "\"\"") + "\""
                                        : ExportForms.quote(field, delimiter));
            }
            out.append(newline);
        }
        return out.toString();
    }

    static Stream<Arguments> dialects() {
        List<Arguments> cases = new ArrayList<>();
        for (char delimiter : CsvDialect.CANDIDATES) {
            for (String newline : List.of("\n", "\r\n", "\r")) {
                for (boolean quoteAll : List.of(false, true)) {
                    for (boolean sepLine : List.of(false, true)) {
                        cases.add(Arguments.of(delimiter, newline, quoteAll, sepLine));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "delimiter {0}, newline {1}, quote all {2}, sep line {3}")
    @MethodSource("dialects")
    void open_everyDelimiterQuotingAndNewline_readsTheSameTable(
            char delimiter, String newline, boolean quoteAll, boolean sepLine) throws IOException {
        String content = (sepLine ? "sep=" + delimiter + newline : "") + text(TABLE, delimiter, newline, quoteAll);
        Path file = write(content.getBytes(StandardCharsets.UTF_8));

        assertThat(readAll(ExportFile.of(file))).isEqualTo(TABLE);
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of(
                        StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8 with BOM"),
                Arguments.of(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE with BOM"),
                Arguments.of(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE with BOM"),
                Arguments.of(StandardCharsets.UTF_8, new byte[0], "UTF-8"),
                Arguments.of(
                        StandardCharsets.UTF_16LE,
                        new byte[0],
                        "UTF-16LE / read as UTF-16LE: no byte-order mark, but every other byte is zero"),
                Arguments.of(
                        StandardCharsets.UTF_16BE,
                        new byte[0],
                        "UTF-16BE / read as UTF-16BE: no byte-order mark, but every other byte is zero"),
                Arguments.of(
                        WINDOWS_1252,
                        new byte[0],
                        "Windows-1252 / read as Windows-1252: not valid UTF-8 (line 2, byte offset 30)"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("encodings")
    void open_everyEncodingAndBom_readsTheSameTableAndSaysHow(Charset charset, byte[] bom, String described)
            throws IOException {
        for (char delimiter : CsvDialect.CANDIDATES) {
            for (boolean sepLine : List.of(false, true)) {
                String sep = sepLine ? "sep=" + delimiter + "\r\n" : "";
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                bytes.write(bom);
                bytes.write((sep + text(TABLE, delimiter, "\r\n", false)).getBytes(charset));
                Path file = write(bytes.toByteArray());

                assertThat(readAll(ExportFile.of(file))).isEqualTo(TABLE);
                String delimiterName =
                        (delimiter == '\t' ? "TAB" : "'" + delimiter + "'") + (sepLine ? " (from the sep= line)" : "");
                String expected = described.replaceFirst("( / |$)", ", delimiter " + delimiterName + "$1");
                assertThat(format(file))
                        .isEqualTo(
                                sepLine
                                        ? expected.replace("line 2, byte offset 30", "line 3, byte offset 37")
                                        : expected);
            }
        }
    }

    @Test
    void open_whenWindows1252BytesOnlyAfterThePrefix_switchesThereAndSaysWhere() throws IOException {
        StringBuilder ascii = new StringBuilder("Sale ID;Firma\r\n");
        int line = 1;
        while (ascii.length() < TextEncoding.PREFIX_BYTES + 1000) {
            ascii.append(line++).append(";Hotel Adler GmbH\r\n");
        }
        byte[] head = ascii.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "99999;Bäckerei Müller\r\n".getBytes(WINDOWS_1252);
        Path file = write(concat(head, tail));

        List<List<String>> rows = readAll(ExportFile.of(file));

        assertThat(rows.get(rows.size() - 1)).containsExactly("99999", "Bäckerei Müller");
        assertThat(format(file))
                .isEqualTo("UTF-8, delimiter ';' / read as Windows-1252: not valid UTF-8 (line " + (line + 1)
                        + ", byte offset " + (head.length + 7) + ")");
    }

    @Test
    void open_whenUtf8PrefixThenWindows1252_refusesNamingLineAndOffset() throws IOException {
        StringBuilder utf8 = new StringBuilder("Sale ID;Firma\n");
        int line = 1;
        while (utf8.length() < TextEncoding.PREFIX_BYTES + 1000) {
            utf8.append(line++).append(";Bäckerei Kunz\n");
        }
        byte[] head = utf8.toString().getBytes(StandardCharsets.UTF_8);
        Path file = write(concat(head, "99999;Müller\n".getBytes(WINDOWS_1252)));

        assertThatThrownBy(() -> readAll(ExportFile.of(file)))
                .isInstanceOf(CsvFileException.class)
                .hasMessage(file + ":" + (line + 1) + ": not valid UTF-8 at line " + (line + 1) + ", byte offset "
                        + (head.length + 7) + " (1 byte that UTF-8 cannot read); the lines before were UTF-8, so the"
                        + " file mixes encodings: save it as \"CSV UTF-8\", or read all of it as one encoding with"
                        + " --encoding NAME");
    }

    @Test
    void open_whenNeitherUtf8NorWindows1252_refusesNamingBothPlaces() throws IOException {
        Path file = write(concat(
                "Sale ID\n1\nM".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xFC, 'l', '\n', (byte) 0x81, '\n'}));

        assertThatThrownBy(() -> readAll(ExportFile.of(file)))
                .isInstanceOf(CsvFileException.class)
                .hasMessage(file + ": neither UTF-8 (first bad byte at line 3, byte offset 11) nor Windows-1252 (byte"
                        + " 0x81 at line 4, byte offset 14); save the export as \"CSV UTF-8\", or name its encoding");
    }

    @Test
    void open_whenUtf8CharacterCutByThePrefix_isStillUtf8() throws IOException {
        StringBuilder text = new StringBuilder("Sale ID\n");
        while (text.length() < TextEncoding.PREFIX_BYTES - 1) {
            text.append('x');
        }
        text.append("ü\n"); // its two bytes straddle the prefix's end
        Path file = write(text.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(format(file)).isEqualTo("UTF-8, delimiter ','");
        assertThat(readAll(ExportFile.of(file)).get(1).get(0)).endsWith("xü");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sep=;", "\"sep=;\"", "SEP=;", "sep=;;;;", "sep=;  "})
    void detect_whenSepLineWrittenAnyWayExcelDoes_takesItsDelimiter(String sepLine) {
        assertThat(CsvDialect.detect(sepLine + "\r\na,b;c\r\n", true)).isEqualTo(new CsvDialect(';', true, null));
    }

    static Stream<Arguments> sepLinesNamingAnotherDelimiter() {
        List<Character> delimiters = List.of(',', ';', '\t', '|');
        return delimiters.stream()
                .flatMap(named ->
                        delimiters.stream().filter(used -> !used.equals(named)).map(used -> Arguments.of(named, used)));
    }

    @ParameterizedTest(name = "sep={0} used={1}")
    @MethodSource("sepLinesNamingAnotherDelimiter")
    void read_sepLineNamingADelimiterTheFileDoesNotUse_readsByTheContentAndSaysSo(char named, char used)
            throws IOException {
        String d = String.valueOf(used);
        Path file = write(
                ("sep=" + named + "\r\nSaleId" + d + "Heading" + d + "CustomerId\r\n1" + d + "2x Omnie" + d + "7\r\n")
                        .getBytes(StandardCharsets.UTF_8));

        List<com.roboplanet.soconnector.domain.model.Sale> sales = new ArrayList<>();
        var report = new ExportSaleSource(ExportFile.of(file))
                .read(new com.roboplanet.soconnector.domain.port.out.SaleQuery(0, null, null, true), sales::add);

        assertThat(sales)
                .singleElement()
                .satisfies(sale -> assertThat(sale.heading()).isEqualTo("2x Omnie"));
        String name = used == '\t' ? "TAB" : "'" + used + "'";
        assertThat(report.notes())
                .contains("the sep= line names " + (named == '\t' ? "TAB" : "'" + named + "'")
                        + ", but the header holds none; its fields are separated by " + name + ", which was used");
        assertThat(report.query()).contains("delimiter " + name + ";");
    }

    @Test
    void detect_whenSemicolonFileHasDecimalCommas_choosesTheSemicolon() {
        String sample = "Sale ID;Amount;Heading\n1;14.990,00;a\n2;2.000,50;b, c\n";

        assertThat(CsvDialect.detect(sample, true)).isEqualTo(new CsvDialect(';', false, null));
    }

    /** Files from public reports of delimiter detection gone wrong elsewhere (issue and sample named). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                // python/cpython#119123: commas inside bracketed lists in a semicolon file
                "id;has_data;cost;group;sub_group;merge\n1;False;62.25;['345'];['10'];UNKNOWN\n"
                        + "4;False;46.50;['112', '112'];['765', '766'];UNKNOWN\n5;False;237.00;['468'];['ALL'];UNKNOWN\n",
                // mechatroner/vscode_rainbow_csv#134: a comma in every row's date, trailing semicolons in most
                "April 15, 2023;4028722987;25.00;4.00;16.00;Ray;pending;\n"
                        + "April 14, 2023;4441335566;25.00;4.00;16.00;Scott;pending;\n"
                        + "April 14, 2023;1012167625;25.00;4.00;16.00;Paige;pending;\n"
                        + "April 9, 2023;6783434534;25.00;4.00;16.00;Lonny;\n",
                // dathere/datapusher-plus#256 and jakob/TableTool#34: plain semicolon files
                "date;temperature;place\n2011-01-01;1;Galway\n2011-01-02;-1;Galway\n",
                "Duration;Phase\n6:30;First developer\n1:00;Wash 1\n",
                // stablyai/orca#19893: decimal commas
                "amount;label\n1,50;coffee\n12,00;lunch, with team\n"
            })
    void detect_publicReportsOfMisdetection_findTheSemicolon(String sample) {
        assertThat(CsvDialect.detect(sample, true).delimiter()).isEqualTo(';');
    }

    @Test
    void detect_whenOnlyOneColumn_fallsBackToComma() {
        assertThat(CsvDialect.detect("to\nanna@example.org\n", true)).isEqualTo(new CsvDialect(',', false, null));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
