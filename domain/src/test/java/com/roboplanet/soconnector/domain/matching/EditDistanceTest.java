package com.roboplanet.soconnector.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest
    @CsvSource({
        "omnie,omnie,0",
        "omni,omnie,1",
        "belabot,bellabot,1",
        "onmie,omnie,1",
        "omnnie,omnie,1",
        "omn,omnie,2",
        "bellbto,bellabot,2",
        "'',ab,2",
        "ab,'',2",
    })
    void within_whenDistanceAtMostTwo_returnsIt(String a, String b, int expected) {
        assertThat(EditDistance.within(a, b, 2)).isEqualTo(expected);
        assertThat(EditDistance.within(b, a, 2)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"om,omnie", "service,wartung", "abcdef,badcfe x", "kitten,sitting!"})
    void within_whenDistanceAboveBound_returnsBoundPlusOne(String a, String b) {
        assertThat(EditDistance.within(a, b, 2)).isEqualTo(3);
    }

    @Test
    void within_whenBoundIsZero_tellsEqualFromDifferent() {
        assertThat(EditDistance.within("cd01", "cd01", 0)).isZero();
        assertThat(EditDistance.within("cd01", "cd02", 0)).isEqualTo(1);
    }

    @Test
    void within_whenBoundNegative_fails() {
        assertThatThrownBy(() -> EditDistance.within("a", "b", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
