package com.roboplanet.soconnector.domain.matching;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The skeleton of one text (see {@link TextNormalizer#skeleton}) together with, for every skeleton
 * character, where in the original text it came from. The positions let the boundary rule and the
 * quantity reader work on the text as the user wrote it.
 *
 * <p>A base character and the combining marks after it form one unit ("cluster"): NFKC may compose
 * them ({@code u} + U+0308 becomes {@code ü}), and every skeleton character the unit yields maps back
 * to the whole unit.
 */
final class Skeleton {
    /**
     * Characters below this are folded through a table built once, so that the Latin, Greek and
     * Cyrillic text of real headings never reaches {@link Normalizer} on the hot path.
     */
    private static final int TABLE_SIZE = 0x800;

    /** Marks a character that folds to nothing (a separator). */
    private static final int DROPPED = -1;

    /** Marks a character that folds to more than two characters: rare, left to the general path. */
    private static final int GENERAL = -2;

    /**
     * What a lone character folds to: {@link #DROPPED}, {@link #GENERAL}, or the first folded character
     * in the low 16 bits and the second (plus one, so that 0 means none) in the high 16 bits.
     */
    private static final int[] FOLDED = foldedTable();

    private static final boolean[] MARKS = marksTable();

    private String text = "";
    private char[] source = new char[128];
    private char[] chars;
    private int[] from;
    private int length;

    private Skeleton(int capacity) {
        chars = new char[capacity];
        from = new int[capacity];
    }

    static Skeleton of(String text) {
        Skeleton skeleton = new Skeleton(text.length() + 8);
        skeleton.fill(text);
        return skeleton;
    }

    /** An empty skeleton to {@link #fill} again and again, so that matching a heading allocates nothing here. */
    static Skeleton reusable() {
        return new Skeleton(128);
    }

    /** Replaces the content with the skeleton of {@code source}. */
    void fill(String original) {
        text = original;
        length = 0;
        int n = original.length();
        if (source.length < n) {
            source = new char[Math.max(n, source.length * 2)];
        }
        if (chars.length < n) {
            grow(n);
        }
        original.getChars(0, n, source, 0);
        int i = 0;
        while (i < n) {
            char c = source[i];
            int folded = c < TABLE_SIZE ? FOLDED[c] : GENERAL;
            if (folded >= 0 && (i + 1 == n || !startsMark(source[i + 1]))) {
                add((char) folded, i);
                if (folded > 0xFFFF) {
                    add((char) ((folded >>> 16) - 1), i);
                }
                i++;
            } else if (folded == DROPPED && (i + 1 == n || !startsMark(source[i + 1]))) {
                i++;
            } else {
                i = addCluster(i);
            }
        }
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** Start (inclusive) in the original text of the unit skeleton position {@code index} came from. */
    int from(int index) {
        return from[index];
    }

    /** End (exclusive) in the original text of the unit skeleton position {@code index} came from. */
    int to(int index) {
        return clusterEnd(text, from[index]);
    }

    /** Whether skeleton positions {@code index - 1} and {@code index} came from the same original unit. */
    boolean splitsCharacter(int index) {
        return index > 0 && index < length && from[index] == from[index - 1];
    }

    private int addCluster(int start) {
        int end = clusterEnd(text, start);
        String normalized = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC);
        for (int k = 0; k < normalized.length(); k++) {
            appendFolded(Character.toLowerCase(normalized.charAt(k)), start);
        }
        return end;
    }

    private void appendFolded(char lower, int at) {
        switch (lower) {
            case 'ä' -> addPair('a', 'e', at);
            case 'ö' -> addPair('o', 'e', at);
            case 'ü' -> addPair('u', 'e', at);
            case 'ß' -> addPair('s', 's', at);
            default -> {
                if (!TextNormalizer.isSeparator(lower)) {
                    add(lower, at);
                }
            }
        }
    }

    private static int clusterEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length() && isCombiningMark(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static boolean startsMark(char c) {
        return c < TABLE_SIZE ? MARKS[c] : isCombiningMark(c);
    }

    private static boolean isCombiningMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private void addPair(char first, char second, int at) {
        add(first, at);
        add(second, at);
    }

    private void add(char c, int at) {
        if (length == chars.length) {
            grow(length * 2);
        }
        chars[length] = c;
        from[length] = at;
        length++;
    }

    private void grow(int capacity) {
        chars = Arrays.copyOf(chars, capacity);
        from = Arrays.copyOf(from, capacity);
    }

    private static boolean[] marksTable() {
        boolean[] table = new boolean[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = isCombiningMark(c);
        }
        return table;
    }

    /** What a lone character below {@link #TABLE_SIZE} folds to, computed by the general path itself. */
    private static int[] foldedTable() {
        int[] table = new int[TABLE_SIZE];
        Skeleton scratch = new Skeleton(8);
        for (char c = 0; c < TABLE_SIZE; c++) {
            scratch.text = String.valueOf(c);
            scratch.length = 0;
            scratch.addCluster(0);
            table[c] = switch (scratch.length) {
                case 0 -> DROPPED;
                case 1 -> scratch.chars[0];
                case 2 -> scratch.chars[1] < 0x7FFF ? scratch.chars[0] | ((scratch.chars[1] + 1) << 16) : GENERAL;
                default -> GENERAL;
            };
        }
        return table;
    }
}
