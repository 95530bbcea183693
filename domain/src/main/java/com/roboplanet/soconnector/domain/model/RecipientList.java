package com.roboplanet.soconnector.domain.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of a batch mail: one recipient per row, the columns filling the template.
 *
 * @param columns the header, in file order
 * @param layout how the list's file is laid out (a workbook's list: as Excel writes CSV), so that the batch's result
 *     file opens like it
 */
public record RecipientList(Path file, List<String> columns, List<Row> rows, CsvLayout layout) {
    /** The column naming the recipient: a person id or an e-mail address. */
    public static final String TO = "to";
    /** The optional column naming a sale the mail is about. */
    public static final String SALE = "sale";
    /** The optional column naming the mail yourself (its idempotency key). */
    public static final String KEY = "key";

    /** Titles people give the recipient column, read as {@link #TO} when the list has no {@code to} itself. */
    private static final List<String> TO_TITLES =
            List.of("to", "email", "e-mail", "mail", "e-mail-adresse", "email address");

    /**
     * The reserved columns ({@code to}, {@code sale}, {@code key}) are recognised in any case and with surrounding
     * spaces, as Excel users write them ({@code To}, {@code Sale }); {@code E-Mail}, {@code Email} and {@code Mail}
     * name the recipient when no column is titled {@code to}. Such a column is renamed to the reserved name, in the
     * header and in every row, so the rest of the batch knows one spelling.
     *
     * @throws IllegalArgumentException when two columns would be the same reserved column
     */
    public RecipientList {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(layout, "layout");
        Map<String, String> renamed = reservedTitles(file, columns);
        columns = columns.stream().map(c -> renamed.getOrDefault(c, c)).toList();
        rows = renamed.isEmpty()
                ? List.copyOf(rows)
                : rows.stream().map(row -> row.renamed(renamed)).toList();
    }

    private static Map<String, String> reservedTitles(Path file, List<String> columns) {
        Map<String, String> renamed = new LinkedHashMap<>();
        Map<String, String> claimed = new LinkedHashMap<>();
        for (String reserved : List.of(TO, SALE, KEY)) {
            for (String column : columns) {
                if (column.strip().equalsIgnoreCase(reserved)) {
                    claim(file, claimed, renamed, reserved, column);
                }
            }
        }
        if (!claimed.containsKey(TO)) {
            for (String column : columns) {
                if (TO_TITLES.contains(column.strip().toLowerCase(java.util.Locale.ROOT))) {
                    claim(file, claimed, renamed, TO, column);
                }
            }
        }
        renamed.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        return renamed;
    }

    private static void claim(
            Path file, Map<String, String> claimed, Map<String, String> renamed, String reserved, String column) {
        String earlier = claimed.putIfAbsent(reserved, column);
        if (earlier != null) {
            throw new IllegalArgumentException(file + ": the columns '" + earlier + "' and '" + column + "' both name"
                    + " the '" + reserved + "' column; rename or remove one");
        }
        renamed.put(column, reserved);
    }

    /** A list in plain CSV (UTF-8, comma, LF). */
    public RecipientList(Path file, List<String> columns, List<Row> rows) {
        this(file, columns, rows, CsvLayout.PLAIN);
    }

    /**
     * One recipient.
     *
     * @param number 1 for the first row after the header
     * @param line the physical line the row starts on, for messages
     * @param values column to value, in column order; every column is present
     */
    public record Row(int number, long line, Map<String, String> values) {
        public Row {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        Row renamed(Map<String, String> titles) {
            Map<String, String> renamedValues = new LinkedHashMap<>();
            values.forEach((column, value) -> renamedValues.put(titles.getOrDefault(column, column), value));
            return new Row(number, line, renamedValues);
        }

        /** The value under {@code column}, trimmed; empty when the column is blank or missing. */
        public String get(String column) {
            return Objects.requireNonNullElse(values.get(column), "").strip();
        }
    }

    public boolean hasColumn(String column) {
        return columns.contains(column);
    }
}
