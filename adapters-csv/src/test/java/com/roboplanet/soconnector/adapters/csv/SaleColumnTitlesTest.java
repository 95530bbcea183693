package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Column titles are folded as headings are: whatever space, invisible character or composed form a spreadsheet, a web
 * page or macOS put into a title, it is the title people see. Generated over every space and format character of
 * Unicode. A title given to two columns stops the read only when the reading uses it.
 */
class SaleColumnTitlesTest {

    /** Every code point Unicode calls a space separator or a format character, and the whitespace controls. */
    static IntStream spacesAndFormatCharacters() {
        return IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
                .filter(c -> Character.getType(c) == Character.SPACE_SEPARATOR
                        || Character.getType(c) == Character.FORMAT
                        || Character.isWhitespace(c));
    }

    @Test
    void spacesAndFormatCharacters_areMany() {
        // NBSP, the thin and narrow spaces, ZWSP, ZWJ, word joiner, soft hyphen, BOM, the bidi marks, tags...
        assertThat(spacesAndFormatCharacters()).contains(0xA0, 0x2009, 0x202F, 0x200B, 0x200D, 0x2060, 0xAD, 0xFEFF);
        assertThat(spacesAndFormatCharacters().count()).isGreaterThan(180);
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("spacesAndFormatCharacters")
    void resolve_titleWithASpaceOrInvisibleCharacter_isRecognised(int c) {
        String in = new String(Character.toChars(c));
        List<String> header = List.of(in + "Sale" + in + "ID" + in, "Ti" + in + "tle", "Company" + in + "ID");

        SaleColumns columns = SaleColumns.resolve("sales.csv:1", header, ColumnMapping.none());

        assertThat(columns.has(SaleColumn.SALE_ID)).isTrue();
        assertThat(columns.has(SaleColumn.HEADING)).isTrue();
        assertThat(columns.has(SaleColumn.CUSTOMER_ID)).isTrue();
        assertThat(columns.notes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Verka\u0308ufer", // NFD, as macOS writes it
                "Verkäufer",
                "VERKAEUFER",
                "Ｖｅｒｋäｕｆｅｒ", // full-width
                "Verk\u00e4ufer\u200b",
                "Verk\u00adäufer"
            })
    void resolve_salesRepInAnyForm_isRecognised(String title) {
        SaleColumns columns = SaleColumns.resolve(
                "sales.csv:1", List.of("Verkaufs-ID", "Stichwort", "Firmen-ID", title), ColumnMapping.none());

        assertThat(columns.describe()).contains("salesRep=" + SaleColumns.visible(title));
    }

    @Test
    void resolve_mappedTitleWithANoBreakSpace_isFound() {
        ColumnMapping mapping = ColumnMapping.of(Map.of("saleId", "Auftrag Nr"), "--column");

        SaleColumns columns =
                SaleColumns.resolve("sales.csv:1", List.of("Auftrag\u00a0Nr", "Heading", "CustomerId"), mapping);

        assertThat(columns.describe()).startsWith("saleId=Auftrag\\u00a0Nr");
    }

    @Test
    void resolve_missingColumn_showsInvisibleCharactersOfTheTitlesFound() {
        assertThatThrownBy(() -> SaleColumns.resolve(
                        "sales.csv:1", List.of("Nr\u00a0Verkauf", "Heading", "CustomerId"), ColumnMapping.none()))
                .hasMessageContaining("found: Nr\\u00a0Verkauf, Heading, CustomerId");
    }

    /** A title twice, however written, of a column the reading uses (found by its title or named by a mapping). */
    static Stream<List<String>> usedTitlesTwice() {
        return Stream.of(
                List.of("Verkaufs-ID", "Stichwort", "Firmen-ID", "Stichwort"),
                List.of("Verkaufs-ID", "Stichwort", "Firmen-ID", "stich\u00a0wort"),
                List.of("Sale ID", "Heading", "Company ID", "Sale\u200bID"),
                List.of("Sale ID", "Heading", "Company ID", "Firma", "Firma"));
    }

    @ParameterizedTest
    @MethodSource("usedTitlesTwice")
    void resolve_usedTitleTwice_isRefusedNamingBothColumns(List<String> header) {
        assertThatThrownBy(() -> SaleColumns.resolve("sales.csv:1", header, ColumnMapping.none()))
                .isInstanceOf(CsvFileException.class)
                .hasMessageStartingWith("sales.csv:1: the header names column '")
                .hasMessageContaining("' twice (columns ")
                .hasMessageEndingWith("); rename one so that it is clear which is meant");
    }

    @Test
    void resolve_unusedTitleThreeTimes_isANoteNamingTheColumns() {
        SaleColumns columns = SaleColumns.resolve(
                "sales.csv:1",
                List.of("Notiz", "SaleId", "Heading", "CustomerId", "Notiz", "", "", "NOTIZ"),
                ColumnMapping.none());

        assertThat(columns.notes())
                .containsExactly(
                        "the header names column 'Notiz' 3 times (columns 1, 5 and 8); the report reads none of them");
    }
}
