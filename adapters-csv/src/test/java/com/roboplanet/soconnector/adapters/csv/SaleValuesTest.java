package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.SaleStatus;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SaleValuesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1234.5|1234.5",
                "1234,5|1234.5",
                "1.234,50|1234.50",
                "1,234.50|1234.50",
                "1.234.567|1234567",
                "1,234,567|1234567",
                "1.234.567,89|1234567.89",
                "-1.234,50|-1234.50",
                "12 500,00|12500.00",
                "0|0"
            })
    void amount_whenWrittenInAnyLocale_readsTheNumber(String text, String expected) {
        assertThat(SaleValues.amount(text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 Euro", "1,2,3", "1.23.4", "1.234,5,6", "--5", "1,23.456"})
    void amount_whenNotANumber_refuses(String text) {
        assertThatThrownBy(() -> SaleValues.amount(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Amount '" + text + "' is not a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2024", "2024-02-30", "03/01/2024", "heute", "2024-3-1"})
    void date_whenNotADate_refuses(String text) {
        assertThatThrownBy(() -> SaleValues.date(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SaleDate '" + text + "' is not a date");
    }

    @ParameterizedTest
    @CsvSource({"open,OPEN", "Sold,SOLD", "[SR_SALE_LOST],LOST", "4,STALLED", "Offen,OPEN", "verloren,LOST"})
    void status_whenWrittenAnyKnownWay_readsIt(String text, SaleStatus expected) {
        assertThat(SaleValues.status(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1"})
    void saleId_whenNotPositive_refuses(String text) {
        assertThatThrownBy(() -> SaleValues.saleId(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
