package com.roboplanet.soconnector.domain.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One text in the two forms the matcher reads, each with a map back to the original text:
 *
 * <ul>
 *   <li>the <em>folded</em> text (rule 1): Unicode NFKC (full-width and compatibility forms to their plain
 *       twins), invisible characters removed (category Cf such as U+200B, U+2060, U+FEFF and the soft hyphen
 *       U+00AD, plus the other default-ignorable marks U+034F, U+180B..U+180F, variation selectors), every
 *       space and control character a space, every dash and minus sign {@code -}. Case is kept. The
 *       boundary rule and the quantity reader work on it, so {@code ２ｘ ＢｅｌｌａＢｏｔ} reads like
 *       {@code 2x BellaBot};
 *   <li>the <em>skeleton</em> (see {@link TextNormalizer#skeleton}): the folded text in lower case with
 *       {@code ä ö ü ß} spelled out and the separators {@code space - _ . /} removed, which the automaton
 *       runs on.
 * </ul>
 *
 * <p>A base character and the combining marks after it form one unit: NFKC may compose them ({@code u} +
 * U+0308 becomes {@code ü}), and every folded character the unit yields maps back to the whole unit, so
 * offsets reported to the user always point into the original text.
 *
 * <p>Folding allocates nothing per character: what a character folds to is computed once (through {@link
 * Normalizer}) and kept in a table for the whole Basic Multilingual Plane, and in a small cache for characters
 * beyond it and for a base followed by one combining mark. Only a character whose folded form is longer than
 * three characters (two for the cache), a base with several marks, or a unit whose cache slot another unit
 * holds goes through {@link Normalizer} each time.
 */
final class Skeleton {
    /** Not folded yet. A fold is packed: up to three UTF-16 units in bits 0..47, their count in bits 48..49. */
    private static final long UNKNOWN = -1;

    /** Folds to more than fits in a packed value: computed through {@link Normalizer} each time. */
    private static final long GENERAL = -2;

    /**
     * The packed fold of every BMP character (a count of 0: it folds to nothing), filled on first sight and
     * shared by all threads: two threads computing the same entry write the same value, and opaque access keeps
     * a 64-bit entry from being read half-written.
     */
    private static final AtomicLongArray BMP = filled(0x10000);

    /** The marks NFKC composes with the base before them ({@code u} + U+0308 is {@code ü}): the block U+0300..U+036F. */
    private static final int MARKS_FROM = 0x300;

    private static final int MARKS_COUNT = 0x70;

    /**
     * Folds of units the BMP table cannot hold, direct-mapped: a character beyond the BMP (key: its code point),
     * or a BMP base followed by one mark of U+0300..U+036F (key: {@link #PAIRS} + base * 128 + mark index). An
     * entry keeps the key above bit {@value #CACHE_SHIFT} and a fold of up to two units below it (the units in
     * bits 0..31, their count in bits 32..33), so that one opaque read gives key and value together.
     */
    private static final AtomicLongArray CACHE = new AtomicLongArray(4096);

    private static final int CACHE_SHIFT = 34;

    private static final int PAIRS = 0x200000;

    /** What an ASCII folded character is in the skeleton: lower case, or 0 for a separator. */
    private static final char[] ASCII_SKELETON = asciiSkeleton();

    private String text = "";
    private char[] source = new char[128];

    private char[] folded;
    /** Per folded character: the start of the original unit it came from. */
    private int[] foldedFrom;

    private int foldedLength;
    private final FoldedView foldedView = new FoldedView();

    private char[] chars;
    /** Per skeleton character: the folded character it came from. */
    private int[] at;

    private int length;

    private Skeleton(int capacity) {
        folded = new char[capacity];
        foldedFrom = new int[capacity];
        chars = new char[capacity];
        at = new int[capacity];
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

    /** Replaces the content with the folded text and skeleton of {@code original}. */
    void fill(String original) {
        text = original;
        foldedLength = 0;
        length = 0;
        int n = original.length();
        if (source.length < n) {
            source = new char[Math.max(n, source.length * 2)];
        }
        original.getChars(0, n, source, 0);
        // A unit folded from the tables yields at most three characters, and each of those at most two in the
        // skeleton, so the loop needs no capacity checks; the general path makes its own room.
        reserve(3 * n);
        int i = 0;
        while (i < n) {
            char c = source[i];
            boolean alone = i + 1 == n || !isMark(source[i + 1]);
            if (c < 0x80 && alone) {
                // ASCII is its own NFKC form; only the control characters change (to spaces).
                char plain = c < 0x20 || c == 0x7F ? ' ' : c;
                int index = foldedLength++;
                folded[index] = plain;
                foldedFrom[index] = i;
                char lower = ASCII_SKELETON[plain];
                if (lower != 0) {
                    chars[length] = lower;
                    at[length++] = index;
                }
                i++;
                continue;
            }
            if (alone && !Character.isSurrogate(c)) {
                long fold = BMP.getOpaque(c);
                if (fold == UNKNOWN) {
                    fold = fold(String.valueOf(c), 3);
                    BMP.setOpaque(c, fold);
                }
                i = emit(fold, i, i + 1);
            } else if (alone && Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(source[i + 1])) {
                boolean markFollows = i + 2 < n && isMark(source[i + 2]);
                i = markFollows
                        ? emitCluster(i)
                        : emit(cachedFold(Character.toCodePoint(c, source[i + 1]), i, i + 2), i, i + 2);
            } else if (!alone && !Character.isSurrogate(c) && isComposable(i, n)) {
                int key = PAIRS + c * 128 + (source[i + 1] - MARKS_FROM);
                i = emit(cachedFold(key, i, i + 2), i, i + 2);
            } else {
                i = emitCluster(i);
            }
        }
    }

    /** The folded text; valid until the next {@link #fill}. */
    CharSequence folded() {
        return foldedView;
    }

    int foldedLength() {
        return foldedLength;
    }

    /** Start in the original text of the unit folded position {@code index} came from. */
    int originalStart(int index) {
        return index == foldedLength ? text.length() : foldedFrom[index];
    }

    /** End (exclusive) in the original text of the unit folded position {@code index - 1} came from. */
    int originalEnd(int index) {
        return index == 0 ? 0 : clusterEnd(text, foldedFrom[index - 1]);
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** The folded position skeleton position {@code index} came from. */
    int foldedIndex(int index) {
        return at[index];
    }

    /** Whether skeleton positions {@code index - 1} and {@code index} came from the same folded character ({@code ä}). */
    boolean splitsCharacter(int index) {
        return index > 0 && index < length && at[index] == at[index - 1];
    }

    /** Adds a packed fold of the unit {@code [start, end)}; returns {@code end}. */
    private int emit(long fold, int start, int end) {
        if (fold == GENERAL) {
            emitNormalized(Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC), start);
            return end;
        }
        int count = (int) (fold >>> 48);
        for (int k = 0; k < count; k++) {
            addFolded((char) (fold >>> (16 * k)), start);
        }
        return end;
    }

    /** The general path: a base with marks NFKC does not compose from the tables. */
    private int emitCluster(int start) {
        int end = clusterEnd(text, start);
        emitNormalized(Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC), start);
        return end;
    }

    private void emitNormalized(String normalized, int from) {
        // Keep the loop's promise for the units still to come: three folded characters each.
        reserve(foldedLength + normalized.length() + 3 * (text.length() - from));
        for (int k = 0; k < normalized.length(); ) {
            int codePoint = normalized.codePointAt(k);
            k += Character.charCount(codePoint);
            int plain = plain(codePoint);
            if (plain == codePoint && Character.isSupplementaryCodePoint(codePoint)) {
                addFolded(Character.highSurrogate(codePoint), from);
                addFolded(Character.lowSurrogate(codePoint), from);
            } else if (plain >= 0) {
                addFolded((char) plain, from);
            }
        }
    }

    /** Room for {@code foldedCapacity} folded characters and twice as many skeleton characters. */
    private void reserve(int foldedCapacity) {
        if (folded.length < foldedCapacity) {
            int capacity = Math.max(foldedCapacity, folded.length * 2);
            folded = Arrays.copyOf(folded, capacity);
            foldedFrom = Arrays.copyOf(foldedFrom, capacity);
        }
        if (chars.length < 2 * foldedCapacity) {
            int capacity = Math.max(2 * foldedCapacity, chars.length * 2);
            chars = Arrays.copyOf(chars, capacity);
            at = Arrays.copyOf(at, capacity);
        }
    }

    private void addFolded(char c, int from) {
        int index = foldedLength++;
        folded[index] = c;
        foldedFrom[index] = from;
        addToSkeleton(c, index);
    }

    /** Lower case, umlauts spelled out, separators dropped; {@code lower} is a folded character. */
    private void addToSkeleton(char c, int index) {
        if (c < 0x80) {
            char lower = ASCII_SKELETON[c];
            if (lower != 0) {
                add(lower, index);
            }
            return;
        }
        char lower = Character.toLowerCase(c);
        switch (lower) {
            case 'ä' -> addPair('a', 'e', index);
            case 'ö' -> addPair('o', 'e', index);
            case 'ü' -> addPair('u', 'e', index);
            case 'ß' -> addPair('s', 's', index);
            default -> add(lower, index);
        }
    }

    private void addPair(char first, char second, int index) {
        add(first, index);
        add(second, index);
    }

    private void add(char c, int index) {
        chars[length] = c;
        at[length] = index;
        length++;
    }

    private boolean isComposable(int i, int n) {
        char mark = source[i + 1];
        return mark >= MARKS_FROM && mark < MARKS_FROM + MARKS_COUNT && (i + 2 == n || !isMark(source[i + 2]));
    }

    private static char[] asciiSkeleton() {
        char[] table = new char[0x80];
        for (char c = 0; c < 0x80; c++) {
            table[c] = TextNormalizer.isSeparator(c) ? 0 : Character.toLowerCase(c);
        }
        return table;
    }

    private static AtomicLongArray filled(int size) {
        AtomicLongArray table = new AtomicLongArray(size);
        for (int i = 0; i < size; i++) {
            table.setPlain(i, UNKNOWN);
        }
        return table;
    }

    /** The fold of the unit {@code text[start, end)}, known by {@code key} (see {@link #CACHE}). */
    private long cachedFold(int key, int start, int end) {
        int slot = (key ^ (key >>> 12)) & (CACHE.length() - 1);
        long entry = CACHE.getOpaque(slot);
        if (entry != 0 && (int) (entry >>> CACHE_SHIFT) == key) {
            return (entry & 0xFFFF_FFFFL) | (((entry >>> 32) & 3) << 48);
        }
        long fold = fold(text.substring(start, end), 2);
        if (fold != GENERAL) {
            long units = fold & 0xFFFF_FFFFL;
            long count = fold >>> 48;
            CACHE.setOpaque(slot, ((long) key << CACHE_SHIFT) | (count << 32) | units);
        }
        return fold;
    }

    /** The packed fold of one unit, or {@link #GENERAL} when it folds to more than {@code maxUnits} characters. */
    private static long fold(String unit, int maxUnits) {
        String normalized = Normalizer.normalize(unit, Normalizer.Form.NFKC);
        long packed = 0;
        int count = 0;
        for (int k = 0; k < normalized.length(); ) {
            int codePoint = normalized.codePointAt(k);
            k += Character.charCount(codePoint);
            int plain = plain(codePoint);
            if (plain < 0) {
                continue;
            }
            for (int u = 0; u < Character.charCount(plain); u++) {
                if (count == maxUnits) {
                    return GENERAL;
                }
                char folded = Character.isSupplementaryCodePoint(plain)
                        ? (u == 0 ? Character.highSurrogate(plain) : Character.lowSurrogate(plain))
                        : (char) plain;
                packed |= (long) folded << (16 * count);
                count++;
            }
        }
        return packed | ((long) count << 48);
    }

    /**
     * What an NFKC-normalised code point becomes in the folded text: -1 (removed), a space, a {@code -}, or
     * itself.
     */
    static int plain(int codePoint) {
        if (isInvisible(codePoint)) {
            return -1;
        }
        if (Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.CONTROL) {
            return ' ';
        }
        if (Character.getType(codePoint) == Character.DASH_PUNCTUATION || codePoint == 0x2212) {
            return '-';
        }
        return codePoint;
    }

    /**
     * Characters with no visible form: format characters (Cf: zero-width space, joiners, word joiner, BOM, soft
     * hyphen, direction marks), the combining grapheme joiner, Mongolian free variation selectors and the
     * variation selectors (Unicode's default-ignorable code points that are not Cf).
     */
    static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || codePoint == 0x034F
                || (codePoint >= 0x180B && codePoint <= 0x180F)
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    private static int clusterEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length() && isCombiningMark(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    /** Whether a mark starts at {@code c}; a surrogate is looked at as a whole by {@link #clusterEnd}. */
    private static boolean isMark(char c) {
        return c >= MARKS_FROM && isCombiningMark(c);
    }

    private static boolean isCombiningMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The folded characters as a {@link CharSequence}, without copying them. */
    private final class FoldedView implements CharSequence {
        @Override
        public int length() {
            return foldedLength;
        }

        @Override
        public char charAt(int index) {
            if (index >= foldedLength) {
                throw new IndexOutOfBoundsException(index);
            }
            return folded[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(folded, start, end - start);
        }

        @Override
        public String toString() {
            return new String(folded, 0, foldedLength);
        }
    }
}
