package com.roboplanet.soconnector.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecipientListTest {
    private static final Path FILE = Path.of("Empfänger.csv");

    /** Every spelling of the reserved titles an Excel user writes: each case form, padded, and the e-mail synonyms. */
    static Stream<String> recipientTitles() {
        return Stream.of(
                "to", "To", "TO", " to ", "tO", "E-Mail", "e-mail", "Email", "EMAIL", "Mail", "E-Mail-Adresse");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipientTitles")
    void aRecipientColumnInAnySpelling_isTheToColumn(String title) {
        RecipientList list = list(List.of(title, "Anlass"), List.of("kunde@example.com", "Messe"));

        assertThat(list.hasColumn(RecipientList.TO)).isTrue();
        assertThat(list.columns()).containsExactly("to", "Anlass");
        assertThat(list.rows().get(0).get(RecipientList.TO)).isEqualTo("kunde@example.com");
        assertThat(list.rows().get(0).get("Anlass")).isEqualTo("Messe");
    }

    @Test
    void saleAndKeyInAnyCase_areTheReservedColumns() {
        RecipientList list = list(List.of("TO", "Sale", " KEY"), List.of("1", "342999", "mail-1"));

        assertThat(list.columns()).containsExactly("to", "sale", "key");
        assertThat(list.rows().get(0).get(RecipientList.SALE)).isEqualTo("342999");
    }

    @Test
    void aToColumnBesideAnEmailColumn_keepsTheEmailColumnAsTemplateData() {
        RecipientList list = list(List.of("to", "E-Mail"), List.of("1", "alt@example.com"));

        assertThat(list.columns()).containsExactly("to", "E-Mail");
    }

    @Test
    void twoColumnsNamingTheRecipient_areRefusedNamingBoth() {
        assertThatThrownBy(() -> list(List.of("To", "to"), List.of("1", "2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Empfänger.csv: the columns 'To' and 'to' both name the 'to' column; rename or remove one");
        assertThatThrownBy(() -> list(List.of("E-Mail", "Mail"), List.of("a@b.example", "c@d.example")))
                .hasMessageContaining("'E-Mail' and 'Mail'");
    }

    private static RecipientList list(List<String> header, List<String> values) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), values.get(i));
        }
        return new RecipientList(FILE, header, List.of(new RecipientList.Row(1, 2, row)));
    }
}
