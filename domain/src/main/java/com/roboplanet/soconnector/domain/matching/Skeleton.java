package com.roboplanet.soconnector.domain.matching;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The skeleton of one text (see {@link TextNormalizer#skeleton}) together with, for every skeleton
 * character, the span of the original text it came from. The spans let the boundary rule and the
 * quantity reader work on the text as the user wrote it.
 */
final class Skeleton {
    private char[] chars;
    private int[] from;
    private int[] to;
    private int length;

    private Skeleton(int capacity) {
        chars = new char[capacity];
        from = new int[capacity];
        to = new int[capacity];
    }

    static Skeleton of(String text) {
        Skeleton skeleton = new Skeleton(text.length() + 8);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80 && (i + 1 == n || text.charAt(i + 1) < 0x300)) {
                skeleton.addAscii(c, i);
                i++;
            } else {
                i = skeleton.addCluster(text, i);
            }
        }
        return skeleton;
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** Start (inclusive) in the original text of the character skeleton position {@code index} came from. */
    int from(int index) {
        return from[index];
    }

    /** End (exclusive) in the original text of the character skeleton position {@code index} came from. */
    int to(int index) {
        return to[index];
    }

    /** Whether skeleton positions {@code index - 1} and {@code index} came from the same original character. */
    boolean splitsCharacter(int index) {
        return index > 0 && index < length && from[index] == from[index - 1];
    }

    private void addAscii(char c, int at) {
        if (c >= 'A' && c <= 'Z') {
            add((char) (c + ('a' - 'A')), at, at + 1);
        } else if (!TextNormalizer.isSeparator(c)) {
            add(c, at, at + 1);
        }
    }

    /**
     * A base character with the combining marks after it is normalised as one unit: NFKC may compose
     * them ({@code u} + U+0308 becomes {@code ü}), and every skeleton character it yields maps back to
     * the whole unit.
     */
    private int addCluster(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length() && isCombiningMark(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        String normalized = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC);
        for (int k = 0; k < normalized.length(); k++) {
            char lower = Character.toLowerCase(normalized.charAt(k));
            switch (lower) {
                case 'ä' -> addPair('a', 'e', start, end);
                case 'ö' -> addPair('o', 'e', start, end);
                case 'ü' -> addPair('u', 'e', start, end);
                case 'ß' -> addPair('s', 's', start, end);
                default -> {
                    if (!TextNormalizer.isSeparator(lower)) {
                        add(lower, start, end);
                    }
                }
            }
        }
        return end;
    }

    private static boolean isCombiningMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private void addPair(char first, char second, int start, int end) {
        add(first, start, end);
        add(second, start, end);
    }

    private void add(char c, int start, int end) {
        if (length == chars.length) {
            int capacity = chars.length * 2;
            chars = Arrays.copyOf(chars, capacity);
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
        }
        chars[length] = c;
        from[length] = start;
        to[length] = end;
        length++;
    }
}
