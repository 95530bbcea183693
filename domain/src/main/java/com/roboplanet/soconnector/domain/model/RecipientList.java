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

    public RecipientList {
        Objects.requireNonNull(file, "file");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        Objects.requireNonNull(layout, "layout");
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

        /** The value under {@code column}, trimmed; empty when the column is blank or missing. */
        public String get(String column) {
            return Objects.requireNonNullElse(values.get(column), "").strip();
        }
    }

    public boolean hasColumn(String column) {
        return columns.contains(column);
    }
}
