package com.roboplanet.soconnector.domain.matching;

import static com.roboplanet.soconnector.domain.matching.ExampleCatalogue.CATALOG;
import static com.roboplanet.soconnector.domain.matching.ExampleCatalogue.MATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.Product;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The second tester's findings on matching, each as a kind: every word of a list (accessories, labels, frequencies,
 * negations, number words) against every model alias of the example catalogue, in every count position.
 */
class MatchingKindsTest {
    /** Every alias of a model (not a kind of thing such as {@code Wartung*}) in the example catalogue. */
    private static final List<Alias> MODELS = models();

    private record Alias(String code, String text) {}

    private static List<Alias> models() {
        List<Alias> models = new ArrayList<>();
        for (Product product : CATALOG.products()) {
            for (String alias : product.aliases()) {
                if (!alias.endsWith("*")) {
                    models.add(new Alias(product.code(), alias));
                }
            }
        }
        return models;
    }

    private static Map<String, Integer> quantities(String heading) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (Mention mention : MATCHER.match(heading).mentions()) {
            found.put(mention.product().code(), mention.quantity());
        }
        return found;
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** Each accessory word as a heading writes it: a whole word, a compound starting or ending with it. */
    private static List<String> accessoryWords() {
        List<String> words = new ArrayList<>();
        AccessoryWords.WORDS.forEach(w -> words.add(w));
        AccessoryWords.STARTS.forEach(w -> words.add(capitalised(w) + "set"));
        AccessoryWords.ENDS.forEach(w -> {
            words.add(capitalised(w));
            words.add("Wechsel" + w);
        });
        return words;
    }

    // H1: an accessory word next to a model makes the mention that part; the model gets no quantity.

    @Test
    void match_accessoryWordNextToAModel_countsNoModel() {
        int cases = 0;
        for (String word : accessoryWords()) {
            for (Alias model : MODELS) {
                for (String heading : List.of(
                        "3x " + word + " " + model.text(),
                        "3 x " + word + " " + model.text() + " Angebot",
                        word + " " + model.text() + " (4 Stück) mit Nachlass",
                        word + " " + model.text() + " 2 pcs",
                        "3 Stk. " + word + " für " + model.text(),
                        "4 x " + model.text() + " " + word + " for restaurant",
                        model.text() + "-" + word + " x3",
                        "3x" + word + " " + model.text())) {
                    assertThat(quantities(heading)).as(heading).doesNotContainKey(model.code());
                    cases++;
                }
            }
        }
        assertThat(cases).isGreaterThan(5_000);
    }

    @Test
    void match_chargerNamedForAModel_isTheChargerWithTheCount() {
        for (Alias model : MODELS) {
            for (String heading : List.of(
                    "3x Ladestation " + model.text(),
                    "Ladestation " + model.text() + " (3 Stück) mit Nachlass",
                    "Ladestation " + model.text() + " x3",
                    "3 pcs Charging Station " + model.text(),
                    "3x " + model.text() + " Ladestation")) {
                assertThat(quantities(heading)).as(heading).isEqualTo(Map.of("CHARGER", 3));
            }
        }
    }

    @Test
    void match_accessoryJoinedByALinkWordOrPlus_leavesTheModelCounted() {
        for (String word : accessoryWords()) {
            for (Alias model : MODELS) {
                for (String heading : List.of(
                        "2x " + model.text() + " mit " + word,
                        "2x " + model.text() + " inkl. " + word,
                        "2x " + model.text() + " + " + word,
                        "2x " + model.text() + ", " + word)) {
                    assertThat(quantities(heading)).as(heading).containsEntry(model.code(), 2);
                }
            }
        }
    }

    // H2: a count glued to a maker or adjective before the product, or after a product code.

    @Test
    void match_countGluedToAWordBeforeTheProductOrAfterItsCode_isRead() {
        for (Alias model : MODELS) {
            for (String word : List.of("Pudu", "neue", "Keenon", "new")) {
                String heading = "4x" + word + " " + model.text();
                assertThat(quantities(heading)).as(heading).containsEntry(model.code(), 4);
            }
            for (String heading : List.of(model.text() + "-01 x4", "PD-" + model.text() + "-01 x4 incl. delivery")) {
                assertThat(quantities(heading)).as(heading).containsEntry(model.code(), 4);
            }
        }
    }

    // M3: plurals.

    @Test
    void match_pluralOfAModel_isTheModelWithItsCount() {
        for (Alias model : MODELS) {
            for (String heading : List.of(
                    "2 " + model.text() + "s",
                    model.text() + "s x2",
                    "2x " + model.text() + "s",
                    "two " + model.text() + "s für Hotel")) {
                assertThat(quantities(heading)).as(heading).isEqualTo(Map.of(model.code(), 2));
            }
        }
        assertThat(quantities("2 Phantases")).isEmpty();
    }

    // M4: a number after a label is never a count; the same label before a marked count keeps the count.

    @Test
    void match_numberAfterAnyLabel_isNoCountButAMarkedCountIs() {
        for (String label : QuantityWords.NUMBER_LABELS) {
            if (label.equals("#")) {
                continue;
            }
            for (Alias model : MODELS) {
                String written = capitalised(label);
                for (String heading : List.of(
                        written + " 12 " + model.text(),
                        written + " 3 " + model.text() + " Demo",
                        written + "-12 " + model.text(),
                        written + " 12 und 14 " + model.text())) {
                    assertThat(quantities(heading)).as(heading).isEqualTo(Map.of(model.code(), 1));
                }
                String marked = written + " 12: 2x " + model.text();
                assertThat(quantities(marked)).as(marked).isEqualTo(Map.of(model.code(), 2));
            }
        }
    }

    // M6: a count followed by a frequency is no quantity.

    @Test
    void match_countFollowedByAFrequency_isNoQuantity() {
        List<String> frequencies = new ArrayList<>(QuantityWords.FREQUENCY_WORDS);
        for (String lead : QuantityWords.FREQUENCY_LEADS) {
            for (String period : QuantityWords.PERIODS) {
                frequencies.add(lead + " " + capitalised(period));
            }
        }
        for (String frequency : frequencies) {
            for (Alias model : MODELS) {
                for (String heading : List.of(
                        model.text() + " 2x " + frequency,
                        model.text() + " x4 " + frequency + " Reinigung",
                        "2x " + frequency + " " + model.text(),
                        "Service 4x " + frequency + " " + model.text())) {
                    assertThat(quantities(heading)).as(heading).containsEntry(model.code(), 1);
                }
            }
            String service = "Service 4x " + frequency;
            assertThat(quantities(service)).as(service).isEqualTo(Map.of("SERVICE", 1));
        }
    }

    // M5: a count marker with a number that is no plain count is read as 1 and listed.

    @Test
    void match_unreadableCount_isOneAndListedWithWhy() {
        Map<String, String> forms = Map.of(
                "2,5x", "not a whole number",
                "1.000x", "written with a thousands separator",
                "2-3x", "a range",
                "2,5 Stk.", "not a whole number",
                "1.5 pcs", "not a whole number");
        for (Alias model : MODELS) {
            for (Map.Entry<String, String> form : forms.entrySet()) {
                for (String heading :
                        List.of(form.getKey() + " " + model.text(), model.text() + " " + form.getKey() + " Hotel")) {
                    HeadingMatch match = MATCHER.match(heading);
                    assertThat(quantities(heading)).as(heading).isEqualTo(Map.of(model.code(), 1));
                    assertThat(match.ignored())
                            .as(heading)
                            .extracting(HeadingMatch.Ignored::written, HeadingMatch.Ignored::why)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(form.getKey(), form.getValue()));
                }
            }
        }
        assertThat(MATCHER.match("BellaBot / KettyBot je 2x").ignored())
                .extracting(HeadingMatch.Ignored::why)
                .containsExactly("a count for each of several products");
    }

    // L14: a negation before a product, or a cancellation before the products, counts none of them.

    @Test
    void match_negatedOrCancelledProduct_isNotCounted() {
        for (Alias model : MODELS) {
            for (String negation : QuantityWords.NEGATIONS) {
                for (String heading : List.of(
                        negation + " " + model.text(),
                        capitalised(negation) + " 2x " + model.text(),
                        "Hotel: " + negation + " " + model.text() + " Demo")) {
                    assertThat(quantities(heading)).as(heading).doesNotContainKey(model.code());
                }
                String other =
                        (model.code().equals("KETTYBOT") ? "Omnie" : "KettyBot") + ", " + negation + " " + model.text();
                assertThat(quantities(other)).as(other).hasSize(1).doesNotContainKey(model.code());
            }
            for (String cancellation : QuantityWords.CANCELLATIONS) {
                String heading = capitalised(cancellation) + ": 2x " + model.text() + " und 3x Omnie, KettyBot";
                assertThat(quantities(heading)).as(heading).isEmpty();
            }
        }
        assertThat(MATCHER.explain("kein BellaBot, nur KettyBot")
                        .candidates()
                        .get(0)
                        .describe())
                .endsWith("not counted: 'kein' before it says it is not sold");
    }

    // L15: number words as counts.

    @Test
    void match_numberWordBeforeAProduct_isTheCount() {
        for (int value = 2; value < QuantityWords.NUMBER_WORDS.size(); value++) {
            for (String word : QuantityWords.NUMBER_WORDS.get(value)) {
                for (Alias model : MODELS) {
                    for (String heading : List.of(
                            word + " " + model.text(),
                            capitalised(word) + " Stück " + model.text(),
                            word + " neue " + model.text(),
                            word + " units " + model.text())) {
                        assertThat(quantities(heading)).as(heading).isEqualTo(Map.of(model.code(), value));
                    }
                }
            }
        }
        assertThat(quantities("ein BellaBot")).isEqualTo(Map.of("BELLABOT", 1));
        assertThat(quantities("Zweiter BellaBot")).isEqualTo(Map.of("BELLABOT", 1));
    }

    // L12: the matched text of one odd cell stays short.

    @Test
    void match_hugeMention_capsTheMatchedText() {
        String heading = "Wartung" + "x".repeat(100_000) + " und BellaBot (" + "y".repeat(300) + ") Bella Bot";
        for (Mention mention : MATCHER.match(heading).mentions()) {
            assertThat(mention.matchedText().length()).isLessThanOrEqualTo(Mention.MAX_MATCHED_TEXT);
        }
        assertThat(MATCHER.match(heading).mentions().get(0).matchedText()).endsWith("…");
    }
}
