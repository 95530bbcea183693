package com.roboplanet.soconnector.domain.matching;

/**
 * The normal form both aliases and headings are compared in. Folding (rule 1): Unicode NFKC, so that
 * full-width and compatibility forms become their plain twins ({@code ＢｅｌｌａＢｏｔ} is {@code BellaBot},
 * {@code ２ｘ} is {@code 2x}); invisible characters removed (Unicode category Cf such as the zero-width space
 * U+200B, the joiners U+200C/U+200D, the word joiner U+2060, U+FEFF, and the soft hyphen U+00AD); every
 * Unicode space (U+00A0, U+2009, U+202F, ...) a space and every dash, hyphen and minus sign (U+2010..U+2015,
 * U+2212, ...) {@code -}. Then lower case, German umlauts and {@code ß} spelled out ({@code ä→ae, ö→oe,
 * ü→ue, ß→ss}), so that {@code Bürste}, {@code Buerste} and {@code BÜRSTE} compare equal.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    /**
     * The folded text without separators (space, {@code - _ . /}): the form the matcher's automaton runs
     * on, so that {@code CD-01}, {@code cd 01}, {@code Cd_01} and {@code CD\u200b-01} are all {@code cd01}.
     * Two aliases with the same skeleton cannot be told apart in a heading.
     */
    public static String skeleton(String text) {
        Skeleton skeleton = Skeleton.of(text);
        return new String(skeleton.chars(), 0, skeleton.length());
    }

    /**
     * The folded text with case, umlauts and separators kept: full-width forms plain, invisible characters
     * removed, every space a space and every dash {@code -} ({@code ２ｘ\u00a0Bella\u200bBot–Pro} is {@code 2x
     * BellaBot-Pro}).
     */
    public static String plain(String text) {
        return Skeleton.of(text).folded().toString();
    }

    /** The folded text in lower case with umlauts spelled out and separators kept, for splitting into words. */
    public static String fold(String text) {
        CharSequence folded = Skeleton.of(text).folded();
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char lower = Character.toLowerCase(folded.charAt(i));
            switch (lower) {
                case 'ä' -> out.append("ae");
                case 'ö' -> out.append("oe");
                case 'ü' -> out.append("ue");
                case 'ß' -> out.append("ss");
                default -> out.append(lower);
            }
        }
        return out.toString();
    }

    /**
     * The text with its invisible characters written as {@code \}{@code uXXXX}, so that a person sees why
     * a heading that looks right does not match ({@code Bella\u200bBot}).
     */
    public static String showInvisible(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(codePoint -> {
            if (Skeleton.isInvisible(codePoint)) {
                out.append(String.format("\\u%04x", codePoint));
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    /**
     * A separator of the folded text: optional on both sides of a match. Folding has already turned every
     * space into {@code ' '} and every dash into {@code '-'}.
     */
    static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '_' || c == '.' || c == '/';
    }
}
