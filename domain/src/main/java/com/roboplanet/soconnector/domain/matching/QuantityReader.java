package com.roboplanet.soconnector.domain.matching;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the quantity written next to a mention, in the original text. Before it: {@code 2x}, {@code
 * 2 x}, {@code 2×}, {@code 2*}, {@code 2 Stk}, {@code 2 Stk.}, {@code 2 Stück}, {@code 2 pcs} or a bare
 * {@code 2}. After it: {@code x2}, {@code × 2}, {@code 2 Stk}. A bare number after a product is not a
 * quantity, because there it is usually a model or generation ({@code BellaBot 2}).
 *
 * <p>A number counts only as a whole token: one glued to other digits by {@code . , - / :} is part of
 * a date, a price, a time or a code ({@code 2024-03-01}, {@code 1.500,00}), never a quantity.
 */
final class QuantityReader {
    /** Five digits are enough to tell "out of range" from any quantity; more cannot overflow anything. */
    private static final int MAX_DIGITS = 5;

    private static final Set<String> UNITS =
            Set.of("stk", "stck", "st", "stück", "stueck", "pcs", "pc", "pce", "piece", "pieces", "einheiten");

    private QuantityReader() {}

    /** A quantity as found: its span in the original text and its value, or -1 when out of range. */
    record Found(int start, int end, int value) {
        static final Found NOTHING = new Found(-1, -1, 0);

        boolean isNothing() {
            return start < 0;
        }
    }

    /** Reads backwards from {@code start}, never past {@code floor} (the end of what an earlier mention used). */
    static Found before(String text, int start, int floor) {
        int p = skipSpaceBackward(text, start, floor);
        if (p > floor && isMarker(text.charAt(p - 1))) {
            Found found = numberEndingAt(text, skipSpaceBackward(text, p - 1, floor), floor, p);
            if (!found.isNothing()) {
                return found;
            }
        }
        int unitStart = unitEndingAt(text, p, floor);
        if (unitStart >= 0) {
            Found found = numberEndingAt(text, skipSpaceBackward(text, unitStart, floor), floor, p);
            if (!found.isNothing()) {
                return found;
            }
        }
        if (p < start) {
            return numberEndingAt(text, p, floor, p);
        }
        return Found.NOTHING;
    }

    /** Reads forwards from {@code end}, never past {@code limit} (the start of the next mention). */
    static Found after(String text, int end, int limit) {
        int p = skipSpaceForward(text, end, limit);
        if (p < limit && isMarker(text.charAt(p))) {
            int digitsStart = skipSpaceForward(text, p + 1, limit);
            int digitsEnd = digitsEnd(text, digitsStart, limit);
            if (digitsEnd > digitsStart && endsToken(text, digitsEnd)) {
                return new Found(p, digitsEnd, value(text, digitsStart, digitsEnd));
            }
            return Found.NOTHING;
        }
        int digitsEnd = digitsEnd(text, p, limit);
        if (digitsEnd > p) {
            int unitEnd = unitStartingAt(text, skipSpaceForward(text, digitsEnd, limit), limit);
            if (unitEnd >= 0) {
                return new Found(p, unitEnd, value(text, p, digitsEnd));
            }
        }
        return Found.NOTHING;
    }

    /** The digits ending at {@code digitsEnd}: what follows them is a marker, a unit or a space by construction. */
    private static Found numberEndingAt(String text, int digitsEnd, int floor, int quantityEnd) {
        int digitsStart = digitsEnd;
        while (digitsStart > floor && BoundaryRule.isAsciiDigit(text.charAt(digitsStart - 1))) {
            digitsStart--;
        }
        if (digitsStart == digitsEnd || !startsToken(text, digitsStart)) {
            return Found.NOTHING;
        }
        return new Found(digitsStart, quantityEnd, value(text, digitsStart, digitsEnd));
    }

    /** Start of a unit word ending at {@code end} (with an optional abbreviation dot), or -1. */
    private static int unitEndingAt(String text, int end, int floor) {
        int wordEnd = end > floor && text.charAt(end - 1) == '.' ? end - 1 : end;
        int wordStart = wordEnd;
        while (wordStart > floor && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == wordEnd || !isUnit(text, wordStart, wordEnd)) {
            return -1;
        }
        return wordStart;
    }

    /** End of a unit word starting at {@code start} (with its abbreviation dot), or -1. */
    private static int unitStartingAt(String text, int start, int limit) {
        int wordEnd = start;
        while (wordEnd < limit && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd == start || !isUnit(text, start, wordEnd)) {
            return -1;
        }
        return wordEnd < limit && text.charAt(wordEnd) == '.' ? wordEnd + 1 : wordEnd;
    }

    private static boolean isUnit(String text, int start, int end) {
        return end - start <= 9 && UNITS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static boolean isMarker(char c) {
        return c == 'x' || c == 'X' || c == '×' || c == '*';
    }

    private static boolean startsToken(String text, int digitsStart) {
        if (digitsStart == 0) {
            return true;
        }
        char previous = text.charAt(digitsStart - 1);
        return isSpace(previous) || previous == '(' || previous == '[';
    }

    private static boolean endsToken(String text, int digitsEnd) {
        if (digitsEnd == text.length()) {
            return true;
        }
        char next = text.charAt(digitsEnd);
        if (Character.isLetterOrDigit(next)) {
            return false;
        }
        boolean joinsNumber = next == '.' || next == ',' || next == '-' || next == '/' || next == ':';
        return !joinsNumber || digitsEnd + 1 == text.length() || !BoundaryRule.isAsciiDigit(text.charAt(digitsEnd + 1));
    }

    private static int digitsEnd(String text, int start, int limit) {
        int end = start;
        while (end < limit && BoundaryRule.isAsciiDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int value(String text, int start, int end) {
        while (start < end - 1 && text.charAt(start) == '0') {
            start++;
        }
        if (end - start > MAX_DIGITS) {
            return -1;
        }
        int value = Integer.parseInt(text, start, end, 10);
        return value >= QuantityReading.MIN && value <= QuantityReading.MAX ? value : -1;
    }

    private static int skipSpaceBackward(String text, int from, int floor) {
        int p = from;
        while (p > floor && isSpace(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    private static int skipSpaceForward(String text, int from, int limit) {
        int p = from;
        while (p < limit && isSpace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
