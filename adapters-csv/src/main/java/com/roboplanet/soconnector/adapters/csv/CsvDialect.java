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
 * @param delimiter the field delimiter
 * @param sepLine whether the first line is a {@code sep=} hint to skip
 */
record CsvDialect(char delimiter, boolean sepLine) {
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
            return new CsvDialect(sep.group(1).charAt(0), true);
        }
        List<int[]> counts = fieldCounts(sample, complete);
        if (counts.isEmpty()) {
            return new CsvDialect(',', false);
        }
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
        return new CsvDialect(best < 0 ? ',' : CANDIDATES[best], false);
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
        String name = switch (delimiter) {
            case '\t' -> "TAB";
            case ' ' -> "SPACE";
            default -> "'" + delimiter + "'";
        };
        return "delimiter " + name + (sepLine ? " (from the sep= line)" : "");
    }
}
