package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SuperOffice's {@code LL:"text";...} strings, over generated texts, orders and languages. */
class MultiLanguageTextTest {
    /** Texts as list names come: plain, with quotes, semicolons, colons, backslashes, umlauts, blanks. */
    private static final List<String> TEXTS = List.of(
            "Service robots",
            "Serviceroboter",
            "14\" Display",
            "Wartung; jährlich",
            "Typ: A",
            "C:\\\\path \\\"quoted\\\"",
            "Größe & Maß",
            " padded ",
            "US:",
            "a\"b\"c");

    private static String encode(Map<String, String> entries) {
        return entries.entrySet().stream()
                .map(e -> e.getKey() + ":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(";"));
    }

    /** Random sets of languages in random order with random texts; seeded, so every run checks the same cases. */
    static Stream<Arguments> generated() {
        Random random = new Random(19);
        List<String> codes = List.of("US", "GE", "NO", "SW", "FR", "DA", "DU");
        return IntStream.range(0, 200).mapToObj(i -> {
            List<String> shuffled = new ArrayList<>(codes);
            Collections.shuffle(shuffled, random);
            Map<String, String> entries = new LinkedHashMap<>();
            for (String code : shuffled.subList(0, 1 + random.nextInt(codes.size()))) {
                entries.put(code, TEXTS.get(random.nextInt(TEXTS.size())) + " " + code);
            }
            String trailer = random.nextBoolean() ? ";" : "";
            return Arguments.of(encode(entries) + trailer, entries);
        });
    }

    @ParameterizedTest
    @MethodSource("generated")
    void pick_whenMultiLanguage_takesTheConfiguredLanguageElseTheFirst(String text, Map<String, String> entries) {
        assertThat(MultiLanguageText.parse(text)).containsExactlyEntriesOf(entries);
        Map<String, String> tags = Map.of("en", "US", "de-DE", "GE", "nb-NO", "NO", "sv", "SW", "fr-CA", "FR");
        tags.forEach(
                (tag, code) -> assertThat(MultiLanguageText.forLanguage(tag).pick(text))
                        .as("%s in %s", tag, text)
                        .isEqualTo(entries.getOrDefault(
                                code, entries.values().iterator().next())));
        // Languages without a documented code are tried as region, then language, in capitals.
        assertThat(MultiLanguageText.forLanguage("da-DK").pick(text))
                .isEqualTo(
                        entries.getOrDefault("DA", entries.values().iterator().next()));
        assertThat(MultiLanguageText.forLanguage("nl-DU").pick(text))
                .isEqualTo(
                        entries.getOrDefault("DU", entries.values().iterator().next()));
    }

    @Test
    void pick_whenNotWhollyMultiLanguage_returnsTheTextUnchanged() {
        MultiLanguageText german = MultiLanguageText.forLanguage("de");
        for (String text : List.of(
                "Service robots",
                "",
                "Typ: \"A\"",
                "US:Service robots",
                "US:\"unterminated",
                "US:\"a\" trailing text",
                "prefix US:\"a\";GE:\"b\"",
                "USA:\"a\"",
                "U1:\"a\"",
                "US:\"a\";GE",
                "[SR_SALE_SOLD]")) {
            assertThat(german.pick(text)).as(text).isEqualTo(text);
        }
        assertThat(german.pick(null)).isNull();
    }

    @Test
    void pick_whenTrapsListExamples_readsThem() {
        assertThat(MultiLanguageText.forLanguage("en").pick("NO:\"Leverandør\";US:\"Supplier\""))
                .isEqualTo("Supplier");
        assertThat(MultiLanguageText.forLanguage("de").pick("NO:\"Leverandør\";US:\"Supplier\""))
                .isEqualTo("Leverandør");
        assertThat(MultiLanguageText.forLanguage("en-US").pick("US:\"Legal\";NO:\"Lovlig\";"))
                .isEqualTo("Legal");
        assertThat(MultiLanguageText.forLanguage("de").pick("US:\"Service robots\";GE:\"Serviceroboter\""))
                .isEqualTo("Serviceroboter");
        assertThat(MultiLanguageText.forLanguage("sv")
                        .pick("US:\" A problem occured\";NO:\" Et problem oppstod\";SW:\"Ett problem uppstod\""))
                .isEqualTo("Ett problem uppstod");
        assertThat(MultiLanguageText.forLanguage("GE").pick("US:\"a\";GE:\"b\""))
                .isEqualTo("b");
        assertThat(MultiLanguageText.forLanguage("de").pick("us:\"a\";ge:\"b\""))
                .isEqualTo("b");
        assertThat(MultiLanguageText.forLanguage("de").pick("US:\"a\" ; GE:\"b\" "))
                .isEqualTo("b");
        assertThat(MultiLanguageText.forLanguage("de").pick("US:\"a\";;GE:\"b\""))
                .isEqualTo("b");
    }

    @Test
    void pick_whenTheLanguagesTextIsEmpty_takesTheFirstThatHasOne() {
        assertThat(MultiLanguageText.forLanguage("de").pick("US:\"\";GE:\"\";NO:\"Salg\""))
                .isEqualTo("Salg");
        assertThat(MultiLanguageText.forLanguage("de").pick("US:\"Sale\";GE:\"\""))
                .isEqualTo("Sale");
        assertThat(MultiLanguageText.forLanguage("de").pick("US:\"\"")).isEmpty();
    }

    @Test
    void forLanguage_mapsTagsToSuperOfficesCodes() {
        assertThat(MultiLanguageText.forLanguage("de-DE").preferredCodes()).containsExactly("GE", "DE");
        assertThat(MultiLanguageText.forLanguage("de_AT").preferredCodes()).containsExactly("GE", "AT", "DE");
        assertThat(MultiLanguageText.forLanguage("en").preferredCodes()).containsExactly("US", "EN");
        assertThat(MultiLanguageText.forLanguage("nb-NO").preferredCodes()).containsExactly("NO", "NB");
        assertThat(MultiLanguageText.forLanguage("").preferredCodes()).isEmpty();
        assertThat(MultiLanguageText.forLanguage("zh-Hant-TW").preferredCodes()).containsExactly("ZH");
    }
}
