package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableRightsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "FULL|true",
                "Select, Update, Insert, Delete|true",
                "RI|true",
                "URI|true",
                "Select, Update|false",
                "R|false",
                "None|false",
                "RestrictedUpdate|false"
            })
    void allowsInsert_readsNamesAndCombinedValues(String mask, boolean insert) {
        assertThat(TableRights.allowsInsert(mask)).isEqualTo(insert);
    }
}
