package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException.Kind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which field of a record holds which {@link SaleColumn}: the header, resolved once per file. */
final class SaleColumns {
    private final Map<SaleColumn, Integer> index;
    private final List<String> header;

    private SaleColumns(Map<SaleColumn, Integer> index, List<String> header) {
        this.index = index;
        this.header = header;
    }

    /**
     * Resolves the header, overrides first.
     *
     * @param overrides {@code --column} entries: key (see {@link SaleColumn#key()}) to header name
     * @throws SaleSourceException INVALID_INPUT for an unknown key, an override naming no column, or a
     *     required column that is missing
     */
    static SaleColumns resolve(String file, List<String> header, Map<String, String> overrides) {
        Map<SaleColumn, Integer> index = new EnumMap<>(SaleColumn.class);
        overrides.forEach((key, name) -> {
            SaleColumn column = SaleColumn.byKey(key)
                    .orElseThrow(() -> invalid(file + ": unknown --column key '" + key + "' (valid keys: "
                            + SaleColumn.validKeys() + ")"));
            index.put(column, indexOf(file, header, key, name));
        });
        for (SaleColumn column : SaleColumn.values()) {
            if (!index.containsKey(column)) {
                findByName(header, column).ifPresent(i -> index.put(column, i));
            }
            if (column.required() && !index.containsKey(column)) {
                throw invalid(file + ": no column for " + column.headers().get(0) + " (expected one of "
                        + String.join(", ", column.headers()) + "; found: " + String.join(", ", header)
                        + "); map one with --column " + column.key() + "=HEADER");
            }
        }
        return new SaleColumns(index, List.copyOf(header));
    }

    private static int indexOf(String file, List<String> header, String key, String name) {
        String wanted = SaleColumn.normalise(name);
        for (int i = 0; i < header.size(); i++) {
            if (SaleColumn.normalise(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        throw invalid(file + ": --column " + key + "=" + name + " names no column (found: " + String.join(", ", header)
                + ")");
    }

    /** The documented names in their order of preference: {@code SaleDate} wins over {@code Date} when both exist. */
    private static Optional<Integer> findByName(List<String> header, SaleColumn column) {
        for (String name : column.headers()) {
            String wanted = SaleColumn.normalise(name);
            for (int i = 0; i < header.size(); i++) {
                if (SaleColumn.normalise(header.get(i)).equals(wanted)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    boolean has(SaleColumn column) {
        return index.containsKey(column);
    }

    /** The field for the column, or "" when the file has no such column. */
    String get(List<String> fields, SaleColumn column) {
        Integer i = index.get(column);
        return i == null ? "" : fields.get(i).strip();
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

    private static SaleSourceException invalid(String message) {
        return new SaleSourceException(Kind.INVALID_INPUT, message);
    }
}
