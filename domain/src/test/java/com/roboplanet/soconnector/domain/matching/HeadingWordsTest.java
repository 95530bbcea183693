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
}
