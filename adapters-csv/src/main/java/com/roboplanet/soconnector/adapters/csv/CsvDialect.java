package com.roboplanet.soconnector.adapters.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a delimited text file separates its fields, found from its first lines.
 *
 * <p>A first line {@code sep=X} (Excel's delimiter hint, also quoted or followed by more X's as Excel re-saves it)
 * names the delimiter and is not part of the table. Otherwise each of {@code ,} {@code ;} TAB {@code |} is tried on
 * the header and the first rows, outside double quotes (a quoted field may span lines). Only a delimiter that splits
 * the header into two or more fields counts (so unquoted commas in a semicolon file's text, or decimal commas, never
 * win); of those, the one with the most rows matching the header's field count, weighted by that count, wins (a
 * date such as {@code April 15, 2023} in every row does not beat eight semicolons in most rows); a tie goes to more
 * fields, then to the order listed. A file where none splits the header has one column.
 *
 * <p>A {@code sep=} line that names a delimiter the header does not hold, in a file that one of the others splits, is
 * wrong (an export edited by hand, or pasted under another file's hint): the delimiter the content shows is taken, and
 * {@link #note()} says so.
 *
 * @param delimiter the field delimiter
 * @param sepLine whether the first line is a {@code sep=} hint to skip
 * @param note why the {@code sep=} line was not followed, or null
 */
record CsvDialect(char delimiter, boolean sepLine, String note) {
    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    /** Rows after the header that the detection looks at. */
    static final int SAMPLE_ROWS = 50;

    private static final Pattern SEP_LINE = Pattern.compile("(?i)\"?sep=(.)\"?(\\1)*\\s*");

    /**
     * @param sample the first characters of the file (after any byte-order mark)
     * @param complete whether the sample is the whole file (else its last, possibly cut, record is not counted)
     */
    static CsvDialect detect(String sample, boolean complete) {
        int end = lineEnd(sample, 0);
        Matcher sep = SEP_LINE.matcher(sample.substring(0, end));
        if (sep.matches() && (end < sample.length() || complete)) {
            char named = sep.group(1).charAt(0);
            String rest =
                    sample.substring(Math.min(sample.length(), lineEnd(sample, 0) + lineBreakLength(sample, end)));
            List<int[]> counts = fieldCounts(rest, complete);
            int found = counts.isEmpty() ? -1 : best(counts);
            if (found >= 0 && CANDIDATES[found] != named && !headerHolds(rest, named)) {
                return new CsvDialect(
                        CANDIDATES[found],
                        true,
                        "the sep= line names " + name(named) + ", but the header holds none; its fields are separated"
                                + " by " + name(CANDIDATES[found]) + ", which was used");
            }
            return new CsvDialect(named, true, null);
        }
        List<int[]> counts = fieldCounts(sample, complete);
        int best = counts.isEmpty() ? -1 : best(counts);
        return new CsvDialect(best < 0 ? ',' : CANDIDATES[best], false, null);
    }

    /** The candidate that splits the header and the most rows alike, or -1 when none splits the header. */
    private static int best(List<int[]> counts) {
        int[] header = counts.get(0);
        int best = -1;
        long bestScore = -1;
        for (int c = 0; c < CANDIDATES.length; c++) {
            if (header[c] < 2) {
                continue;
            }
            int matching = 0;
            for (int r = 1; r < counts.size(); r++) {
                matching += counts.get(r)[c] == header[c] ? 1 : 0;
            }
            long score = ((long) matching * header[c]) * 10_000 + header[c];
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    private static int lineBreakLength(String s, int at) {
        if (at >= s.length()) {
            return 0;
        }
        return s.charAt(at) == '\r' && at + 1 < s.length() && s.charAt(at + 1) == '\n' ? 2 : 1;
    }

    /** Whether the first line holds {@code delimiter} outside double quotes. */
    private static boolean headerHolds(String text, char delimiter) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                return false;
            } else if (!quoted && ch == delimiter) {
                return true;
            }
        }
        return false;
    }

    private static int lineEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Per non-blank record, the field count each candidate would give; quotes respected. */
    private static List<int[]> fieldCounts(String sample, boolean complete) {
        List<int[]> records = new ArrayList<>();
        int[] current = new int[CANDIDATES.length];
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < sample.length() && records.size() <= SAMPLE_ROWS; i++) {
            char ch = sample.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
                content = true;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                if (content) {
                    records.add(finish(current));
                }
                current = new int[CANDIDATES.length];
                content = false;
            } else if (!quoted) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    current[c] += ch == CANDIDATES[c] ? 1 : 0;
                }
                content |= !Character.isWhitespace(ch) || ch == '\t';
            }
        }
        if (content && complete && records.size() <= SAMPLE_ROWS) {
            records.add(finish(current));
        }
        return records;
    }

    private static int[] finish(int[] delimiters) {
        int[] fields = new int[delimiters.length];
        for (int c = 0; c < delimiters.length; c++) {
            fields[c] = delimiters[c] + 1;
        }
        return fields;
    }

    /** {@code delimiter ';' (from the sep= line)}, {@code delimiter TAB}: for the summary. */
    String describe() {
        return "delimiter " + name(delimiter) + (sepLine && note == null ? " (from the sep= line)" : "");
    }

    private static String name(char delimiter) {
        return switch (delimiter) {
            case '\t' -> "TAB";
            case ' ' -> "SPACE";
            default -> "'" + delimiter + "'";
        };
    }
}
