package com.roboplanet.soconnector.domain.matching;

/**
 * A match must start and end on a token boundary of the folded text (see {@link Skeleton}), so that {@code
 * CD-01} is not found inside {@code CD-010}. The answers are the offending code point, or {@link #OK}.
 */
final class BoundaryRule {
    static final int OK = -1;

    private BoundaryRule() {}

    /**
     * A quantity glued in front ({@code 2xOmnie}) is a boundary although {@code x} is a letter; {@code
     * 3×BellaBot} needs no exception, {@code ×} is not a letter.
     */
    static int before(CharSequence text, int start) {
        if (start == 0) {
            return OK;
        }
        int previous = Character.codePointBefore(text, start);
        if (!Character.isLetterOrDigit(previous) || isGluedQuantity(text, start)) {
            return OK;
        }
        return previous;
    }

    /**
     * An alias written with a trailing {@code *} may run on into a German compound ({@code Wartungsvertrag}); a
     * count glued after an alias that ends with a letter is a boundary too ({@code BellaBot2x}, {@code Omnie3Stk}),
     * but not after one that ends with a digit, where the digits would run on into the model ({@code CC12x}).
     */
    static int after(CharSequence text, int end, boolean openEnded) {
        if (end == text.length()) {
            return OK;
        }
        int next = Character.codePointAt(text, end);
        if (!Character.isLetterOrDigit(next)
                || (openEnded && Character.isLetter(next))
                || isGluedQuantityAfter(text, end)) {
            return OK;
        }
        return next;
    }

    /**
     * The end of a plural suffix glued after an alias that ends at {@code end}, or -1: {@code s} ({@code BellaBots},
     * {@code KettyBots}, {@code CC1s}), or {@code es} after {@code s x z h} ({@code Phantases}), then nothing glued.
     */
    static int pluralEnd(CharSequence text, int end) {
        if (end == 0 || end >= text.length() || !Character.isLetterOrDigit(text.charAt(end - 1))) {
            return -1;
        }
        int suffixEnd;
        char next = Character.toLowerCase(text.charAt(end));
        char last = Character.toLowerCase(text.charAt(end - 1));
        if (next == 's') {
            suffixEnd = end + 1;
        } else if (next == 'e'
                && end + 1 < text.length()
                && Character.toLowerCase(text.charAt(end + 1)) == 's'
                && "sxzh".indexOf(last) >= 0) {
            suffixEnd = end + 2;
        } else {
            return -1;
        }
        return suffixEnd == text.length() || !Character.isLetterOrDigit(text.charAt(suffixEnd)) ? suffixEnd : -1;
    }

    /** Digits, then a count marker or unit, then nothing glued: {@code 2x}, {@code 3Stk}, after a letter. */
    private static boolean isGluedQuantityAfter(CharSequence text, int end) {
        if (end == 0 || !Character.isLetter(text.charAt(end - 1))) {
            return false;
        }
        int digitsEnd = end;
        while (digitsEnd < text.length() && isAsciiDigit(text.charAt(digitsEnd))) {
            digitsEnd++;
        }
        if (digitsEnd == end || digitsEnd == text.length()) {
            return false;
        }
        char marker = text.charAt(digitsEnd);
        int countEnd;
        if (marker == 'x' || marker == 'X' || marker == '×') {
            countEnd = digitsEnd + 1;
        } else {
            countEnd = digitsEnd;
            while (countEnd < text.length() && Character.isLetter(text.charAt(countEnd))) {
                countEnd++;
            }
            if (!QuantityWords.isOneOf(text, digitsEnd, countEnd, QuantityWords.COUNT_UNITS)) {
                return false;
            }
        }
        return countEnd == text.length() || !Character.isLetterOrDigit(text.charAt(countEnd));
    }

    private static boolean isGluedQuantity(CharSequence text, int start) {
        char marker = text.charAt(start - 1);
        if (marker != 'x' && marker != 'X') {
            return false;
        }
        int digitsEnd = start - 1;
        int digitsStart = digitsEnd;
        while (digitsStart > 0 && isAsciiDigit(text.charAt(digitsStart - 1))) {
            digitsStart--;
        }
        return digitsStart < digitsEnd
                && (digitsStart == 0 || !Character.isLetterOrDigit(text.charAt(digitsStart - 1)));
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
