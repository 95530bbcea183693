package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCatalogReaderTest {
    @TempDir
    Path dir;

    private final CsvCatalogReader reader = new CsvCatalogReader();

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("products.csv"), content, StandardCharsets.UTF_8);
    }

    private CsvFileException failure(Path file) {
        Throwable thrown = catchThrowable(() -> reader.read(file));
        assertThat(thrown).isInstanceOf(CsvFileException.class).isInstanceOf(IllegalArgumentException.class);
        return (CsvFileException) thrown;
    }

    /** What Excel on Windows makes of an edited proposals.csv: Windows-1252, umlauts on a later line. */
    @Test
    void read_windows1252Catalogue_namesLineOffsetAndTheCsvUtf8Fix() throws IOException {
        Path file = Files.write(
                dir.resolve("products.csv"),
                "code,name,aliases\nOMNIE,Omnie,Omnie\nBRUSH,B\u00fcrstenset,B\u00fcrste*\n"
                        .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(failure(file))
                .hasMessage(file + ":3: byte offset 43 (0xFC): not valid UTF-8 text: the catalogue was saved in another"
                        + " encoding (Excel's \"CSV (Trennzeichen-getrennt)\" saves Windows-1252); save it as \"CSV"
                        + " UTF-8 (durch Trennzeichen getrennt)\" (\"CSV UTF-8 (Comma delimited)\") or as UTF-8 in an"
                        + " editor");
    }

    /** M8: Excel's "Text (Tab delimited)" and "Unicode Text", or a catalogue typed with TABs, on any line. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "code\tname\taliases\nBB\tBellaBot\tBellaBot\n",
                "BB\tBellaBot\tBellaBot\n",
                "# tabs\n\nBB\tBellaBot\n",
                "code,name,aliases\nOMNIE,Omnie,Omnie\nBB\tBellaBot\tBellaBot\n"
            })
    void read_tabSeparatedLine_isRefusedNamingTheLineAndTheCsvFix(String content) throws IOException {
        Path file = file(content);
        long line = content.substring(0, content.indexOf('\t'))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;

        assertThat(failure(file).getMessage())
                .startsWith(file + ":" + line + ": the line is separated by TABs")
                .contains("CSV UTF-8 (Comma delimited)");
    }

    /** M8: a catalogue with only code and name matches no heading: refused, not read as products without aliases. */
    @ParameterizedTest
    @ValueSource(strings = {"code,name\nBB,BellaBot\n", "Code;Name\nBB;BellaBot\n", "code\nBB\nKB\n"})
    void read_headerWithoutAliasesColumn_isRefusedNamingTheHeaderLine(String content) throws IOException {
        Path file = file(content);

        assertThat(failure(file).getMessage())
                .startsWith(file + ":1: the header ")
                .contains("has no aliases column")
                .contains("OMNIE,Omnie,Omnie|CD-01");
    }

    @Test
    void read_noProductWithAnAlias_isRefused() throws IOException {
        Path file = file("# two columns\nBB,BellaBot\nKB,KettyBot,\n");

        assertThat(failure(file).getMessage()).startsWith(file + ":2: no product has an alias");
    }

    /** L1: Excel's "Unicode Text" and Notepad's "Unicode" are UTF-16 with a byte-order mark: read as exports are. */
    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void read_utf16WithByteOrderMark_readsTheProducts(String charset) throws IOException {
        Path file = Files.write(
                dir.resolve("products.csv"),
                "\uFEFFcode;name;aliases\r\nBRUSH;B\u00fcrstenset;B\u00fcrste*|Brush\r\n"
                        .getBytes(java.nio.charset.Charset.forName(charset)));

        assertThat(reader.read(file).products())
                .containsExactly(new Product("BRUSH", "B\u00fcrstenset", List.of("B\u00fcrste*", "Brush")));
    }

    /** L1: a workbook is named as one, with the Save As that makes it a catalogue, not blamed on an encoding. */
    @ParameterizedTest
    @ValueSource(strings = {"504B0304140006000800", "D0CF11E0A1B11AE10000"})
    void read_excelWorkbook_isRefusedAsAWorkbookWithTheSaveAsFix(String hex) throws IOException {
        Path file = Files.write(
                dir.resolve("products.xlsx"), java.util.HexFormat.of().parseHex(hex));

        assertThat(failure(file).getMessage())
                .isEqualTo(file + ": an Excel workbook, not a CSV text file; a catalogue is CSV: in Excel use Save As"
                        + " \"CSV UTF-8 (Comma delimited)\" (\"CSV UTF-8 (durch Trennzeichen getrennt)\") and pass"
                        + " that file");
    }

    @Test
    void read_whenHeaderCommentsAndAliases_readsProducts() throws IOException {
        Path file = file(
                "# RoboPlanet catalogue\ncode,name,aliases\n"
                        + "OMNIE,Omnie,Omnie|CD-01|RR-02-017-OMNIE\n# service and maintenance\nSERVICE,Service,Service*|Wartung*\n");

        ProductCatalog catalog = reader.read(file);

        assertThat(catalog.products())
                .containsExactly(
                        new Product("OMNIE", "Omnie", List.of("Omnie", "CD-01", "RR-02-017-OMNIE")),
                        new Product("SERVICE", "Service", List.of("Service*", "Wartung*")));
    }

    @Test
    void read_whenNoHeader_readsEveryLineAsProduct() throws IOException {
        Path file = file("KETTYBOT,KettyBot,KettyBot|Ketty Bot\nHOLABOT,HolaBot,HolaBot\n");

        assertThat(reader.read(file).products()).extracting(Product::code).containsExactly("KETTYBOT", "HOLABOT");
    }

    @Test
    void read_whenBomAndSemicolons_readsProducts() throws IOException {
        Path file = dir.resolve("excel.csv");
        Files.write(
                file,
                "\uFEFF# Excel\r\nCode;Name;Aliases\r\nCC1;\"Pudu CC1; Reinigung\";CC1|CC 1\r\n"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(file).products())
                .containsExactly(new Product("CC1", "Pudu CC1; Reinigung", List.of("CC1", "CC 1")));
    }

    @Test
    void read_whenNameOrAliasesMissing_defaultsNameToCodeAndCodeIsNoAlias() throws IOException {
        Path file = file("code,name,aliases\nRENTAL\nTRAINING,,Schulung*| |Einweisung*\n");

        assertThat(reader.read(file).products())
                .containsExactly(
                        new Product("RENTAL", "RENTAL", List.of()),
                        new Product("TRAINING", "TRAINING", List.of("Schulung*", "Einweisung*")));
    }

    @Test
    void read_whenCodeEmpty_namesFileAndLine() throws IOException {
        Path file = file("# header follows\ncode,name,aliases\nOMNIE,Omnie,Omnie\n\n# comment\n,Nameless,x\n");

        assertThat(failure(file)).hasMessage(file + ":6: empty product code");
    }

    @Test
    void read_whenCodeRepeatedInOtherCase_namesBothLines() throws IOException {
        Path file = file("OMNIE,Omnie,Omnie\nBELLABOT,BellaBot,BellaBot\nomnie,Omnie again,Omni\n");

        assertThat(failure(file)).hasMessage(file + ":3: duplicate code omnie (first on line 1)");
    }

    @Test
    void read_whenTooManyFields_explainsTheAliasSeparator() throws IOException {
        Path file = file("BELLABOT,BellaBot,BellaBot,Bella Bot\n");

        assertThat(failure(file))
                .hasMessage(file + ":1: expected at most 3 fields (code,name,aliases), found 4; "
                        + "separate aliases with | and quote fields that contain the delimiter");
    }

    @Test
    void read_whenSeveralAliasesClash_reportsEveryOneWithBothLines() throws IOException {
        Path file = file("code,name,aliases\n"
                + "BELLABOT,BellaBot,BellaBot|Bella Bot\n"
                + "OMNIE,Omnie,Omnie|CD-01\n"
                + "# proposals accepted\n"
                + "BELLA-BOT,Bella Bot,bella bot\n"
                + "CD01,CD 01,cd 01|Bella\u200bBot\n");

        assertThat(failure(file))
                .hasMessage(file + ": 3 problems, fix all of them to use the catalogue:\n"
                        + file + ":5: alias 'bella bot' of product BELLA-BOT is the same as alias 'BellaBot' of product"
                        + " BELLABOT once case, separators and invisible characters are ignored ('bellabot'); a heading"
                        + " could not tell them apart, so give it to one product only (BELLABOT is on line 2)\n"
                        + file + ":6: alias 'cd 01' of product CD01 is the same as alias 'CD-01' of product OMNIE once"
                        + " case, separators and invisible characters are ignored ('cd01'); a heading could not tell"
                        + " them apart, so give it to one product only (OMNIE is on line 3)\n"
                        + file + ":6: alias 'Bella\u200bBot' of product CD01 is the same as alias 'BellaBot' of product"
                        + " BELLABOT once case, separators and invisible characters are ignored ('bellabot'); a heading"
                        + " could not tell them apart, so give it to one product only (BELLABOT is on line 2)");
    }

    @Test
    void read_whenLinesHaveDifferentProblems_listsThemAllInLineOrder() throws IOException {
        Path file =
                file("OMNIE,Omnie,Omnie|Om*nie\n,Nameless,x\nBELLABOT,BellaBot,BellaBot,Bella Bot\nomnie,Again,Omni\n");

        assertThat(failure(file).getMessage().lines())
                .containsExactly(
                        file + ": 4 problems, fix all of them to use the catalogue:",
                        file + ":1: alias 'Om*nie' of product OMNIE: '*' is only allowed at the end (Wartung* matches"
                                + " Wartungsvertrag)",
                        file + ":2: empty product code",
                        file + ":3: expected at most 3 fields (code,name,aliases), found 4; separate aliases with | and"
                                + " quote fields that contain the delimiter",
                        file + ":4: duplicate code omnie (first on line 1)");
    }

    @Test
    void read_whenFileMissing_namesThePath() {
        Path file = dir.resolve("nope.csv");

        assertThat(failure(file)).hasMessage(file + ": file not found");
    }

    @Test
    void read_whenOnlyComments_isRefusedAsAnEmptyCatalogue() throws IOException {
        Path file = file("# nothing yet\n# PROPOSED,KETTYBOT,KettyBot,KettyBot\n");

        assertThat(failure(file))
                .hasMessage(file + ": no product in the catalogue (only a header, comments or blank lines); expected"
                        + " lines code,name,aliases such as OMNIE,Omnie,Omnie|CD-01 (see docs/examples/products.csv)");
    }

    @Test
    void read_controlCharacterInALine_isAProblemOfThatLine() throws IOException {
        Path file = file("code,name,aliases\nOMNIE,Omnie,Omnie\nBELLA,Bella\u001bBot,BellaBot\n");

        assertThat(failure(file))
                .hasMessage(file + ":3: the line holds a control character (U+001B) no spreadsheet shows; remove it");
    }
}
