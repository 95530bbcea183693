package com.roboplanet.soconnector.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
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
                "Öl – Ärger|oelaerger",
                "CD\u200b-01|cd01",
                "Bella\u00adBot|bellabot",
                "Ketty\u2060Bot|kettybot",
                "\ufeffOmnie\u200c\u200d|omnie",
                "ＢｅｌｌａＢｏｔ　Ｐｒｏ|bellabotpro",
                "CD\u221201|cd01",
                "Bella\u202fBot\u2009Pro|bellabotpro",
                "Omnie…|omnie",
                "Bella\u034fBot|bellabot"
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

    /**
     * The tables and the cache give what folding each character on its own through {@link Normalizer} gives, for
     * every character of the Basic Multilingual Plane and the next two planes; asked twice, so that the second
     * answer comes from the table or cache.
     */
    @Test
    void skeleton_forEveryCharacter_agreesWithFoldingThroughTheNormalizer() {
        for (int round = 0; round < 2; round++) {
            for (int codePoint = 0; codePoint < 0x30000; codePoint++) {
                if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                    continue;
                }
                String text = "a" + Character.toString(codePoint) + "b";
                assertThat(TextNormalizer.skeleton(text))
                        .as("U+%04X", codePoint)
                        .isEqualTo(referenceSkeleton(text));
            }
        }
    }

    /** Rule 1 written the slow and obvious way. */
    private static String referenceSkeleton(String text) {
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints().forEach(c -> {
            if (Character.getType(c) == Character.FORMAT
                    || c == 0x034F
                    || (c >= 0x180B && c <= 0x180F)
                    || (c >= 0xFE00 && c <= 0xFE0F)
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.DASH_PUNCTUATION
                    || c == 0x2212
                    || c == '_'
                    || c == '.'
                    || c == '/') {
                return;
            }
            int lower = Character.isSupplementaryCodePoint(c) ? c : Character.toLowerCase(c);
            switch (lower) {
                case 'ä' -> out.append("ae");
                case 'ö' -> out.append("oe");
                case 'ü' -> out.append("ue");
                case 'ß' -> out.append("ss");
                default -> out.appendCodePoint(lower);
            }
        });
        return out.toString();
    }

    @Test
    void fold_keepsSeparators() {
        assertThat(TextNormalizer.fold("Große Bürste CD-01")).isEqualTo("grosse buerste cd-01");
    }

    @Test
    void plain_keepsCaseButFoldsFormsSpacesDashesAndInvisibleCharacters() {
        assertThat(TextNormalizer.plain("２ｘ\u00a0Bella\u200bBot\u2013Pro")).isEqualTo("2x BellaBot-Pro");
    }

    @Test
    void fold_makesSpacesAndDashesPlainAndDropsInvisibleCharacters() {
        assertThat(TextNormalizer.fold("２ｘ\u00a0Bella\u200bBot\u2009CD\u201301"))
                .isEqualTo("2x bellabot cd-01");
    }

    @Test
    void skeleton_whenCharacterBeyondTheBasicPlane_foldsItToo() {
        assertThat(TextNormalizer.skeleton("\uD835\uDC01\uD835\uDC1E\uD835\uDC25\uD835\uDC25\uD835\uDC1A"))
                .as("mathematical bold Bella")
                .isEqualTo("bella");
        assertThat(TextNormalizer.skeleton("🤖 Omnie 🤖")).isEqualTo("🤖omnie🤖");
    }

    @Test
    void skeleton_whenCharactersExpandToMany_keepsEverythingAfterThem() {
        String text = "\ufdfd\u3392".repeat(20) + " CD-01 ﬃ…";

        assertThat(TextNormalizer.skeleton(text)).isEqualTo(referenceSkeleton(text));
        assertThat(ExampleCatalogue.MATCHER.match(text).mentions()).hasSize(1);
    }

    @Test
    void showInvisible_writesInvisibleCharactersAsEscapes() {
        assertThat(TextNormalizer.showInvisible("Bella\u200bBot\u00ad")).isEqualTo("Bella\\u200bBot\\u00ad");
        assertThat(TextNormalizer.showInvisible("Bürste CD-01")).isEqualTo("Bürste CD-01");
    }
}
