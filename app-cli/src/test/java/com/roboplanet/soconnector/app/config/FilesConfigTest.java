package com.roboplanet.soconnector.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilesConfigTest {
    @ParameterizedTest
    @CsvSource({"true,true", "TRUE,true", "' false ',false"})
    void excel_trueOrFalse_isRead(String value, boolean expected) {
        assertThat(FilesConfig.excel(Configuration.of(Map.of(FilesConfig.EXCEL, value))))
                .isEqualTo(expected);
    }

    @Test
    void excel_unset_isFalseAndAnythingElseNamesTheKey() {
        assertThat(FilesConfig.excel(Configuration.of(Map.of()))).isFalse();
        assertThatThrownBy(() -> FilesConfig.excel(Configuration.of(Map.of(FilesConfig.EXCEL, "1"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("SO_EXCEL (given): expected true or false");
    }

    @Test
    void absent_onlySettingsOfFiles_isStillNoTenant() {
        Configuration files =
                Configuration.of(Map.of(FilesConfig.EXCEL, "true", FilesConfig.CSV_COLUMNS, "saleId=Verkaufsnummer"));

        assertThat(SuperOfficeConfig.absent(files)).isTrue();
        assertThat(FilesConfig.csvColumns(files)).contains("saleId=Verkaufsnummer");
    }
}
