package com.roboplanet.soconnector.adapters.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Which cell of a row holds which {@link SaleColumn}: the header, resolved once per file. */
final class SaleColumns {
    private final Map<SaleColumn, Integer> index;
    private final List<String> header;

    private SaleColumns(Map<SaleColumn, Integer> index, List<String> header) {
        this.index = index;
        this.header = header;
    }

    /**
     * Resolves the header: the mapping first, then the recognised titles in their order of preference.
     *
     * @param file the file as messages name it
     * @throws CsvFileException naming a header that appears twice (compared as titles are: ignoring case, spaces and
     *     separators); or one line naming every mapping entry that names no column and every required column
     *     that is missing, with the headers found and the {@code --column} flags (or {@code SO_CSV_COLUMNS} line)
     *     that would fix it
     */
    static SaleColumns resolve(String file, List<String> header, ColumnMapping mapping) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Integer first = header.get(i).isBlank() ? null : seen.putIfAbsent(SaleColumn.normalise(header.get(i)), i);
            if (first != null) {
                throw new CsvFileException(file + ": the header names column '" + header.get(i) + "' twice (columns "
                        + (first + 1) + " and " + (i + 1) + "); rename one so that it is clear which is meant");
            }
        }
        Map<SaleColumn, Integer> index = new EnumMap<>(SaleColumn.class);
        List<String> problems = new ArrayList<>();
        mapping.entries().forEach((column, entry) -> {
            int i = indexOf(header, entry.header());
            if (i < 0) {
                problems.add(entry.describe() + " names no column");
            } else {
                index.put(column, i);
            }
        });
        List<SaleColumn> missing = new ArrayList<>();
        for (SaleColumn column : SaleColumn.values()) {
            if (!index.containsKey(column) && !mapping.entries().containsKey(column)) {
                findByTitle(header, column).ifPresent(i -> index.put(column, i));
            }
            if (column.required()
                    && !index.containsKey(column)
                    && !mapping.entries().containsKey(column)) {
                missing.add(column);
                problems.add(
                        "no column for " + column.key() + " (looked for " + String.join(", ", column.headers()) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvFileException(file + ": " + String.join("; ", problems) + "; found: "
                    + String.join(", ", header) + fix(missing, mapping));
        }
        return new SaleColumns(index, List.copyOf(header));
    }

    private static String fix(List<SaleColumn> missing, ColumnMapping mapping) {
        List<SaleColumn> wanted = new ArrayList<>(missing);
        mapping.entries().keySet().stream().filter(c -> !wanted.contains(c)).forEach(wanted::add);
        return ". Name your columns: "
                + wanted.stream().map(c -> "--column " + c.key() + "=HEADER").collect(Collectors.joining(" "))
                + " (or SO_CSV_COLUMNS="
                + wanted.stream().map(c -> c.key() + "=HEADER").collect(Collectors.joining(",")) + " in .env)";
    }

    private static int indexOf(List<String> header, String name) {
        String wanted = SaleColumn.normalise(name);
        for (int i = 0; i < header.size(); i++) {
            if (SaleColumn.normalise(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static java.util.Optional<Integer> findByTitle(List<String> header, SaleColumn column) {
        for (String title : column.headers()) {
            int i = indexOf(header, title);
            if (i >= 0) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    boolean has(SaleColumn column) {
        return index.containsKey(column);
    }

    /** The cell's value (see {@link TableInput.Row#value}), or null when the file has no such column. */
    Object get(TableInput.Row row, SaleColumn column) {
        Integer i = index.get(column);
        return i == null ? null : row.value(i);
    }

    int width() {
        return header.size();
    }

    /** {@code saleId=Sale ID, heading=Title, ...} in column order: which header each value was read from. */
    String describe() {
        return index.entrySet().stream()
                .map(e -> e.getKey().key() + "=" + header.get(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
