package com.roboplanet.soconnector.domain.matching;

import java.util.Objects;

/**
 * Damerau-Levenshtein distance (optimal string alignment: a swap of two neighbours costs one) with a
 * bound, for near misses of aliases ({@code Omni}, {@code BelaBot}, {@code Onmie}). Only a band of
 * width {@code 2 * max + 1} around the diagonal is computed and the work stops once every cell of a row
 * exceeds the bound, so comparing against many aliases stays cheap.
 */
public final class EditDistance {
    private EditDistance() {}

    /**
     * @param max the largest distance of interest, 0 or more
     * @return the distance if it is at most {@code max}, otherwise {@code max + 1}
     */
    public static int within(CharSequence a, CharSequence b, int max) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (max < 0) {
            throw new IllegalArgumentException("max must be 0 or more, was " + max);
        }
        int n = a.length();
        int m = b.length();
        int over = max + 1;
        if (Math.abs(n - m) > max) {
            return over;
        }
        int[] beforePrevious = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            current[0] = Math.min(i, over);
            if (from > 1) {
                current[from - 1] = over;
            }
            int rowMin = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, beforePrevious[j - 2] + 1);
                }
                current[j] = Math.min(value, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (to < m) {
                current[to + 1] = over;
            }
            if (rowMin > max) {
                return over;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], over);
    }
}
