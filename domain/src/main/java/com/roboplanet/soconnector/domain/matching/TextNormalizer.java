package com.roboplanet.soconnector.domain.matching;

/**
 * The normal form both aliases and headings are compared in: Unicode NFKC, lower case, German umlauts
 * and {@code ß} spelled out ({@code ä→ae, ö→oe, ü→ue, ß→ss}), so that {@code Bürste}, {@code Buerste}
 * and {@code BÜRSTE} compare equal.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    /**
     * The folded text without separators (space, {@code - _ . /}): the form the matcher's automaton runs
     * on, so that {@code CD-01}, {@code cd 01} and {@code Cd_01} are all {@code cd01}.
     */
    public static String skeleton(String text) {
        Skeleton skeleton = Skeleton.of(text);
        return new String(skeleton.chars(), 0, skeleton.length());
    }

    /** The folded text with separators kept, for splitting into words. */
    public static String fold(String text) {
        String normalized = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            appendFolded(Character.toLowerCase(normalized.charAt(i)), out);
        }
        return out.toString();
    }

    /**
     * Separators are optional on both sides. Dashes of any kind count, because word processors turn
     * {@code -} into {@code –} and headings are often pasted from them.
     */
    static boolean isSeparator(char c) {
        return switch (c) {
            case ' ', '-', '_', '.', '/' -> true;
            default ->
                Character.isWhitespace(c)
                        || Character.isSpaceChar(c)
                        || Character.getType(c) == Character.DASH_PUNCTUATION;
        };
    }

    private static void appendFolded(char lower, StringBuilder out) {
        switch (lower) {
            case 'ä' -> out.append("ae");
            case 'ö' -> out.append("oe");
            case 'ü' -> out.append("ue");
            case 'ß' -> out.append("ss");
            default -> out.append(lower);
        }
    }
}
