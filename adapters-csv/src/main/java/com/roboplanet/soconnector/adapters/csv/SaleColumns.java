package com.roboplanet.soconnector.adapters.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Which cell of a row holds which {@link SaleColumn}: the header, resolved once per file. */
final class SaleColumns {
    private final Map<SaleColumn, Integer> index;
    private final List<String> header;
    private final List<String> notes;

    private SaleColumns(Map<SaleColumn, Integer> index, List<String> header, List<String> notes) {
        this.index = index;
        this.header = header;
        this.notes = notes;
    }

    /**
     * Resolves the header: the mapping first, then the recognised titles in their order of preference.
     *
     * @param file the file as messages name it
     * @throws CsvFileException naming a title that appears more than once (compared as titles are: ignoring case,
     *     spaces, separators and invisible characters) when it is a column the reading uses, since either cell could
     *     be the one meant; or one line naming every mapping entry that names no column and every required column
     *     that is missing, with the headers found and the {@code --column} flags (or {@code SO_CSV_COLUMNS} line)
     *     that would fix it
     */
    static SaleColumns resolve(String file, List<String> header, ColumnMapping mapping) {
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
                    + header.stream().map(SaleColumns::visible).collect(Collectors.joining(", "))
                    + fix(missing, mapping));
        }
        return new SaleColumns(index, List.copyOf(header), duplicates(file, header, index));
    }

    /**
     * Titles given to more than one column: an error when the reading uses one of those columns, else a note (two
     * {@code Notiz} columns change nothing the report reads).
     */
    private static List<String> duplicates(String file, List<String> header, Map<SaleColumn, Integer> index) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (!SaleColumn.normalise(header.get(i)).isEmpty()) {
                positions
                        .computeIfAbsent(SaleColumn.normalise(header.get(i)), t -> new ArrayList<>())
                        .add(i);
            }
        }
        List<String> notes = new ArrayList<>();
        for (List<Integer> same : positions.values()) {
            if (same.size() < 2) {
                continue;
            }
            String title = "'" + visible(header.get(same.get(1))) + "' "
                    + (same.size() == 2 ? "twice" : same.size() + " times") + " (columns " + numbered(same) + ")";
            if (same.stream().anyMatch(index::containsValue)) {
                throw new CsvFileException(file + ": the header names column " + title
                        + "; rename one so that it is clear which is meant");
            }
            notes.add("the header names column " + title + "; the report reads none of them");
        }
        return List.copyOf(notes);
    }

    private static String numbered(List<Integer> positions) {
        List<String> numbers =
                positions.stream().map(i -> String.valueOf(i + 1)).toList();
        return String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
    }

    /** A title with its invisible characters and unusual spaces written out ({@code Sale\u00a0ID}), as they differ. */
    static String visible(String title) {
        StringBuilder out = new StringBuilder(title.length());
        title.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (c != ' ' && (Character.isSpaceChar(c) || Character.isWhitespace(c) || type == Character.FORMAT)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** What the reader should know about the header (titles given twice that it does not read). */
    List<String> notes() {
        return notes;
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

    /**
     * {@code saleId=Sale ID, heading=Title, ...} in column order: which header each value was read from, its invisible
     * characters written out.
     */
    String describe() {
        return index.entrySet().stream()
                .map(e -> e.getKey().key() + "=" + visible(header.get(e.getValue())))
                .collect(Collectors.joining(", "));
    }
}
