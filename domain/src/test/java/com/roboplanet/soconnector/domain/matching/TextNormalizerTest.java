package com.roboplanet.soconnector.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CD-01|cd01",
                "Cd_01 / x.y|cd01xy",
                "Bürste|buerste",
                "BÜRSTE|buerste",
                "Straße|strasse",
                "Ｏｍｎｉｅ|omnie",
                "Bella\u00A0Bot|bellabot",
                "ﬁx|fix",
                "Öl – Ärger|oelaerger"
            })
    void skeleton_whenTextHasCaseSeparatorsOrCompatibilityForms_foldsThem(String text, String expected) {
        assertThat(TextNormalizer.skeleton(text)).isEqualTo(expected);
    }

    @Test
    void skeleton_whenUmlautDecomposed_composesBeforeFolding() {
        assertThat(TextNormalizer.skeleton("Bu\u0308rste")).isEqualTo("buerste");
    }

    @Test
    void skeleton_whenOnlySeparators_isEmpty() {
        assertThat(TextNormalizer.skeleton(" -_./ ")).isEmpty();
    }

    @Test
    void skeleton_forEveryCharacterOfTheBasicPlane_agreesWithFoldWithoutSeparators() {
        for (char c = 0; c < 0xFFFF; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String text = "a" + c + "b";
            StringBuilder expected = new StringBuilder();
            TextNormalizer.fold(text)
                    .chars()
                    .filter(ch -> !TextNormalizer.isSeparator((char) ch))
                    .forEach(expected::appendCodePoint);

            assertThat(TextNormalizer.skeleton(text)).as("U+%04X", (int) c).isEqualTo(expected.toString());
        }
    }

    @Test
    void fold_keepsSeparators() {
        assertThat(TextNormalizer.fold("Große Bürste CD-01")).isEqualTo("grosse buerste cd-01");
    }
}
