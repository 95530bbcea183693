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

    /** An alias written with a trailing {@code *} may run on into a German compound ({@code Wartungsvertrag}). */
    static int after(CharSequence text, int end, boolean openEnded) {
        if (end == text.length()) {
            return OK;
        }
        int next = Character.codePointAt(text, end);
        if (!Character.isLetterOrDigit(next) || (openEnded && Character.isLetter(next))) {
            return OK;
        }
        return next;
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
