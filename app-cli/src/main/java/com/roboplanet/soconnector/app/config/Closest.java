package com.roboplanet.soconnector.app.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean": the known word nearest to a misspelt one, by optimal string alignment distance (Levenshtein plus
 * the swap of two neighbours, each edit costing 1), ignoring case. A word is offered only when it is near enough to
 * be a misspelling: at most 2 edits, or a third of the word's length for long words ({@code SO_SEND_STRATEGIES} is 2
 * from {@code SO_SEND_STRATEGY}; {@code SO_FOO} is near nothing).
 */
public final class Closest {
    private Closest() {}

    /** The nearest of {@code known} to {@code word} when it is near enough; the first of equally near ones wins. */
    public static Optional<String> to(String word, Collection<String> known) {
        String wanted = word.toUpperCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(wanted, candidate.toUpperCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, wanted.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean X?)" or nothing: the tail of a message about an unknown word. */
    public static String suggestion(String word, Collection<String> known) {
        return to(word, known).map(k -> "; did you mean " + k + "?").orElse("");
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
