package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExportFileTest {

    @Test
    void encodingNamed_namesPeopleUse_areKnown() {
        assertThat(ExportFile.encodingNamed("cp1252").name()).isEqualTo("windows-1252");
        assertThat(ExportFile.encodingNamed(" utf-8 ")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(ExportFile.encodingNamed("latin1")).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(ExportFile.encodingNamed("UTF-16LE")).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void encodingNamed_unknown_failsNamingTheValueAndCommonChoices() {
        assertThatThrownBy(() -> ExportFile.encodingNamed("ansi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown encoding 'ansi' (try UTF-8, windows-1252, ISO-8859-15, UTF-16LE)");
        assertThatThrownBy(() -> ExportFile.encodingNamed("no such/name"))
                .hasMessage("unknown encoding 'no such/name' (try UTF-8, windows-1252, ISO-8859-15, UTF-16LE)");
    }

    @Test
    void withers_keepTheOtherParts() {
        ExportFile export = ExportFile.of(Path.of("sales.xlsx"))
                .withSheet("Verkäufe")
                .withEncoding(StandardCharsets.UTF_8)
                .withColumns(ColumnMapping.parse("saleId=Nr", "SO_CSV_COLUMNS"));

        assertThat(export)
                .isEqualTo(new ExportFile(
                        Path.of("sales.xlsx"),
                        StandardCharsets.UTF_8,
                        "Verkäufe",
                        ColumnMapping.parse("saleId=Nr", "--column")));
        assertThatThrownBy(() -> export.withSheet(" ")).hasMessage("a sheet name must not be blank");
    }
}
