package com.roboplanet.soconnector.adapters.csv;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small CSV file read whole: its header and its rows, each a map from header to value.
 *
 * @param headers in file order, trimmed, unique
 */
public record CsvTable(Path file, List<String> headers, List<Row> rows) {

    /**
     * One data row.
     *
     * @param number 1 for the first row after the header
     * @param line the physical line the row starts on, for messages
     * @param values header to value, in header order; every header is present
     */
    public record Row(int number, long line, Map<String, String> values) {
        public Row {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The value under {@code header}, trimmed; empty when the column is blank. */
        public String get(String header) {
            return Objects.requireNonNullElse(values.get(header), "").strip();
        }
    }

    public CsvTable {
        Objects.requireNonNull(file, "file");
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public boolean hasColumn(String header) {
        return headers.contains(header);
    }
}
