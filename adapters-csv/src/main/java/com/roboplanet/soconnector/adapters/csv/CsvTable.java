package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.CsvLayout;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small table read whole (a CSV or text file, or a workbook sheet): its header and its rows, each a map from
 * header to value.
 *
 * @param headers in file order, trimmed, unique
 * @param format how it was read, for messages: {@code UTF-8 with BOM, delimiter ';'} or
 *     {@code Excel workbook, sheet 'Empfänger'}
 * @param notes guesses made while reading, e.g. {@code read as Windows-1252: not valid UTF-8 (line 3, byte offset
 *     41)}
 * @param layout how a file written back beside this one should be laid out to open the same way
 */
public record CsvTable(
        Path file, List<String> headers, List<Row> rows, String format, List<String> notes, CsvLayout layout) {

    /**
     * One data row.
     *
     * @param number 1 for the first row after the header
     * @param line the physical line (or workbook row) the row starts on, for messages
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
        format = Objects.requireNonNullElse(format, "");
        notes = List.copyOf(Objects.requireNonNullElse(notes, List.of()));
        Objects.requireNonNull(layout, "layout");
    }

    public boolean hasColumn(String header) {
        return headers.contains(header);
    }
}
