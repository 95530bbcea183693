package com.roboplanet.soconnector.domain.matching;

import java.util.List;
import java.util.stream.Stream;

/**
 * Words that name an accessory or spare part, German and English, singular and plural: next to a product's name
 * they make the mention that part, not the product ({@code spare tray BellaBot}, {@code CC1 brushes}, {@code
 * Ersatzbürste CC1}, {@code BellaBot-Akku}; rule 17 of ADR 0002). Compared with the folded heading (see {@link
 * Skeleton}), ignoring case; German words are listed with their umlaut and spelled out.
 */
final class AccessoryWords {
    /** Whole words ({@code tray}, {@code Mop}, {@code Rad}): short or English, where a compound would mislead. */
    static final List<String> WORDS = List.of(
            // German
            "rad",
            "räder",
            "raeder",
            "mop",
            "mopp",
            "mops",
            "pad",
            "pads",
            "dock",
            "docks",
            // English
            "spare",
            "spares",
            "part",
            "parts",
            "accessory",
            "accessories",
            "tray",
            "trays",
            "brush",
            "brushes",
            "battery",
            "batteries",
            "charger",
            "chargers",
            "charging",
            "cable",
            "cables",
            "filter",
            "filters",
            "mount",
            "mounts",
            "bracket",
            "brackets",
            "wheel",
            "wheels",
            "holder",
            "holders",
            "cover",
            "covers",
            "sensor",
            "sensors",
            "station",
            "stations",
            "adapter",
            "adapters",
            "adaptor");

    /**
     * Word starts: a German compound that begins with one of these is a part ({@code Ersatztablett}, {@code
     * Zubehörset}, {@code Ladestation}, {@code Ladegerät}, {@code Ladekabel}).
     */
    static final List<String> STARTS = List.of(
            "ersatz",
            "zubehör",
            "zubehoer",
            "bürste",
            "buerste",
            "tablett",
            "filter",
            "ladestation",
            "ladegerät",
            "ladegeraet",
            "ladekabel",
            "ladedock",
            "ladeschale",
            "akku",
            "accessor");

    /**
     * Word ends: a German compound that ends with one of these is a part ({@code Ersatzbürste}, {@code Seitenbürsten},
     * {@code Serviertablett}, {@code Wechselakku}, {@code Netzkabel}, {@code Wandhalterung}, {@code Dockingstation}).
     */
    static final List<String> ENDS = List.of(
            "bürste",
            "bürsten",
            "buerste",
            "buersten",
            "tablett",
            "tabletts",
            "akku",
            "akkus",
            "batterie",
            "batterien",
            "kabel",
            "filter",
            "halterung",
            "halterungen",
            "halter",
            "station",
            "stationen",
            "ladegerät",
            "ladegeraet",
            "ladegeräte",
            "ladegeraete",
            "zubehör",
            "zubehoer",
            "ersatzteil",
            "ersatzteile",
            "wischtuch",
            "wischtücher",
            "wischtuecher",
            "räder",
            "raeder");

    /**
     * Before a product, between it and the part it names: {@code Akku für BellaBot}, {@code tray for BellaBot},
     * {@code Bürsten zum CC1}.
     */
    static final List<String> FOR_WORDS = List.of("für", "fuer", "for", "zum", "zur", "of", "to");

    private static final QuantityWords.WordSet WHOLE = new QuantityWords.WordSet(WORDS);
    private static final QuantityWords.WordSet FOR = new QuantityWords.WordSet(FOR_WORDS);

    private AccessoryWords() {}

    /** Whether the letters {@code text[start, end)} name an accessory or spare part; allocates nothing. */
    static boolean isAccessory(CharSequence text, int start, int end) {
        if (end <= start) {
            return false;
        }
        if (WHOLE.contains(text, start, end)) {
            return true;
        }
        for (int w = 0; w < STARTS.size(); w++) {
            String word = STARTS.get(w);
            if (end - start >= word.length() && same(text, start, word)) {
                return true;
            }
        }
        for (int w = 0; w < ENDS.size(); w++) {
            String word = ENDS.get(w);
            if (end - start >= word.length() && same(text, end - word.length(), word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[start, end)} is a word linking a part to its product ({@code für}, {@code for}). */
    static boolean isForWord(CharSequence text, int start, int end) {
        return FOR.contains(text, start, end);
    }

    /** Every word above, for tests that generate headings from them. */
    static List<String> all() {
        return Stream.of(WORDS, STARTS, ENDS).flatMap(List::stream).distinct().toList();
    }

    private static boolean same(CharSequence text, int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(text.charAt(start + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
