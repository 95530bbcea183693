package com.roboplanet.soconnector.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadingWordsTest {

    @Test
    void significantWords_dropsStopWordsNumbersAndQuantities() {
        assertThat(HeadingWords.significantWords(
                        "2x Reinigungsroboter mit Ladestation für die Halle, 3 Stk. inkl. Akku"))
                .containsExactly("reinigungsroboter", "ladestation", "halle", "akku");
    }

    @Test
    void significantWords_foldsUmlautsAndCase() {
        assertThat(HeadingWords.significantWords("BÜRSTE und Bürste, Straße"))
                .containsExactly("buerste", "buerste", "strasse");
    }

    @Test
    void significantWords_dropsEnglishStopWordsAndUnits() {
        assertThat(HeadingWords.significantWords("Delivery of the robot with 10pcs spare parts x2 for Q3"))
                .containsExactly("delivery", "robot", "spare", "parts", "q3");
    }

    @Test
    void significantWords_dropsOneLetterWords() {
        assertThat(HeadingWords.significantWords("a b Wartung c")).containsExactly("wartung");
    }

    @Test
    void significantWords_whenBlank_isEmpty() {
        assertThat(HeadingWords.significantWords("  - ")).isEmpty();
    }

    @Test
    void significantWords_countGluedToAWord_leavesTheWord() {
        assertThat(HeadingWords.significantWords("Omni2x 3xKettybot Belabot2Stk Bot5 Q3 2x x2"))
                .containsExactly("omni", "kettybot", "belabot", "bot5", "q3");
    }

    @Test
    void withoutGluedCount_keepsTheWordsCaseAndWordsWithoutAMarker() {
        assertThat(HeadingWords.withoutGluedCount("Omni2x")).isEqualTo("Omni");
        assertThat(HeadingWords.withoutGluedCount("3XOmni")).isEqualTo("Omni");
        assertThat(HeadingWords.withoutGluedCount("KettyBot12pcs")).isEqualTo("KettyBot");
        assertThat(HeadingWords.withoutGluedCount("CC1")).isEqualTo("CC1");
        assertThat(HeadingWords.withoutGluedCount("2x")).isEqualTo("2x");
        assertThat(HeadingWords.withoutGluedCount("x2")).isEqualTo("x2");
        assertThat(HeadingWords.withoutGluedCount("Box")).isEqualTo("Box");
    }
}
