package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMappingTest {

    @Test
    void parse_savedLine_readsEveryEntry() {
        ColumnMapping mapping = ColumnMapping.parse(
                " saleId=Verkaufsnummer , heading=Stichwort,customerName=\"Firma, Abteilung\",SALEDATE=Datum=Zeit",
                "SO_CSV_COLUMNS");

        assertThat(mapping.toString())
                .isEqualTo("saleId=Verkaufsnummer,heading=Stichwort,customerName=\"Firma, Abteilung\","
                        + "saleDate=\"Datum=Zeit\"");
        assertThat(ColumnMapping.parse(mapping.toString(), "again")).isEqualTo(mapping);
    }

    @Test
    void parse_blankOrTrailingComma_isNoMappingOrIgnored() {
        assertThat(ColumnMapping.parse("  ", "SO_CSV_COLUMNS").isEmpty()).isTrue();
        assertThat(ColumnMapping.parse("saleId=Nr,", "SO_CSV_COLUMNS").toString())
                .isEqualTo("saleId=Nr");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "title=Stichwort|SO_CSV_COLUMNS: unknown key 'title' in 'title=Stichwort' (valid keys: saleId, heading,"
                        + " customerId, customerName, saleDate, salesRep, amount, status)",
                "saleId|SO_CSV_COLUMNS: 'saleId' is not KEY=HEADER (e.g. saleId=Verkaufsnummer,heading=Stichwort;"
                        + " valid keys: saleId, heading, customerId, customerName, saleDate, salesRep, amount, status)",
                "saleId=|SO_CSV_COLUMNS: 'saleId=' names no header (expected saleId=HEADER)",
                "saleId=Nr,saleid=Nummer|SO_CSV_COLUMNS: saleId is given twice ('Nr' and 'Nummer')",
                "heading=\"Titel, kurz|SO_CSV_COLUMNS: a double quote is not closed in 'heading=\"Titel, kurz'"
            })
    void parse_whenMalformed_failsWithOneLineNamingTheEntry(String text, String message) {
        assertThatThrownBy(() -> ColumnMapping.parse(text, "SO_CSV_COLUMNS"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void of_flags_validateKeysNamingTheFlag() {
        assertThatThrownBy(() -> ColumnMapping.of(Map.of("title", "Heading"), "--column"))
                .hasMessage("--column: unknown key 'title' in 'title=Heading' (valid keys: saleId, heading, customerId,"
                        + " customerName, saleDate, salesRep, amount, status)");
    }

    @Test
    void overriddenBy_flags_winPerKeyAndKeepTheRest() {
        ColumnMapping saved = ColumnMapping.parse("saleId=Nr,heading=Stichwort", "SO_CSV_COLUMNS");
        ColumnMapping flags = ColumnMapping.of(Map.of("heading", "Titel"), "--column");

        assertThat(saved.overriddenBy(flags).toString()).isEqualTo("saleId=Nr,heading=Titel");
        assertThat(saved.overriddenBy(ColumnMapping.none())).isSameAs(saved);
    }
}
