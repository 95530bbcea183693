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
    /** {@link #STARTS} by their first letter and {@link #ENDS} by their last: most words meet none of either. */
    private static final String[][] STARTS_BY_FIRST = byLetter(STARTS, true);

    private static final String[][] ENDS_BY_LAST = byLetter(ENDS, false);

    private static String[][] byLetter(List<String> words, boolean first) {
        String[][] index = new String[LETTERS][];
        for (String word : words) {
            char c = word.charAt(first ? 0 : word.length() - 1);
            String[] entries = index[c] == null ? new String[0] : index[c];
            entries = java.util.Arrays.copyOf(entries, entries.length + 1);
            entries[entries.length - 1] = word;
            index[c] = entries;
        }
        return index;
    }

    private static final int LETTERS = 256;
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
        char first = Character.toLowerCase(text.charAt(start));
        String[] starts = first < LETTERS ? STARTS_BY_FIRST[first] : null;
        for (int w = 0; starts != null && w < starts.length; w++) {
            if (end - start >= starts[w].length() && same(text, start, starts[w])) {
                return true;
            }
        }
        char last = Character.toLowerCase(text.charAt(end - 1));
        String[] ends = last < LETTERS ? ENDS_BY_LAST[last] : null;
        for (int w = 0; ends != null && w < ends.length; w++) {
            if (end - start >= ends[w].length() && same(text, end - ends[w].length(), ends[w])) {
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
