package com.roboplanet.soconnector.adapters.csv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which column of an export holds which sale value, where the export's own titles are not recognised: the
 * {@code --column KEY=HEADER} flags, or a saved line {@code SO_CSV_COLUMNS=saleId=Verkaufsnummer,heading=Stichwort}.
 * Keys are {@code saleId, heading, customerId, customerName, saleDate, salesRep, amount, status} (any case).
 *
 * <p>Every entry remembers where it came from, so that an error can say "SO_CSV_COLUMNS: ..." or "--column ...".
 */
public final class ColumnMapping {
    private static final ColumnMapping NONE = new ColumnMapping(Map.of());

    /** One entry: the header a key is read from, and where the user said so. */
    record Entry(SaleColumn column, String header, String origin) {
        /** {@code --column saleId=Nr} or {@code SO_CSV_COLUMNS saleId=Nr}, for messages. */
        String describe() {
            return origin + " " + column.key() + "=" + header;
        }
    }

    private final Map<SaleColumn, Entry> entries;

    private ColumnMapping(Map<SaleColumn, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** No mapping: every column is found by its title. */
    public static ColumnMapping none() {
        return NONE;
    }

    /**
     * Entries given one by one ({@code --column} flags).
     *
     * @param origin how the user gave them, for messages ({@code --column})
     * @throws IllegalArgumentException naming the origin, for an unknown key or an empty header
     */
    public static ColumnMapping of(Map<String, String> keyToHeader, String origin) {
        Map<SaleColumn, Entry> entries = new LinkedHashMap<>();
        keyToHeader.forEach((key, header) -> add(entries, key, header, origin, key + "=" + header));
        return new ColumnMapping(entries);
    }

    /**
     * Parses {@code saleId=Verkaufsnummer,heading=Stichwort}: entries separated by {@code ,}, each
     * {@code KEY=HEADER}; a header that contains {@code ,} or {@code =} is written in double quotes
     * ({@code heading="Titel, kurz"}, a quote inside doubled). Blank text is no mapping.
     *
     * @param origin where the text came from, for messages ({@code SO_CSV_COLUMNS})
     * @throws IllegalArgumentException one line naming the origin, the entry and the expected shape
     */
    public static ColumnMapping parse(String text, String origin) {
        Map<SaleColumn, Entry> entries = new LinkedHashMap<>();
        for (String item : split(text, origin)) {
            if (item.isBlank()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(origin + ": '" + item.strip() + "' is not KEY=HEADER (e.g. "
                        + "saleId=Verkaufsnummer,heading=Stichwort; valid keys: " + SaleColumn.validKeys() + ")");
            }
            add(
                    entries,
                    item.substring(0, eq).strip(),
                    unquote(item.substring(eq + 1).strip()),
                    origin,
                    item.strip());
        }
        return entries.isEmpty() ? NONE : new ColumnMapping(entries);
    }

    private static void add(Map<SaleColumn, Entry> entries, String key, String header, String origin, String item) {
        SaleColumn column = SaleColumn.byKey(key)
                .orElseThrow(() -> new IllegalArgumentException(origin + ": unknown key '" + key + "' in '" + item
                        + "' (valid keys: " + SaleColumn.validKeys() + ")"));
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException(
                    origin + ": '" + item + "' names no header (expected " + column.key() + "=HEADER)");
        }
        Entry previous = entries.put(column, new Entry(column, header.strip(), origin));
        if (previous != null) {
            throw new IllegalArgumentException(origin + ": " + column.key() + " is given twice ('" + previous.header()
                    + "' and '" + header.strip() + "')");
        }
    }

    /** Splits at commas outside double quotes; quotes stay for {@link #unquote}. */
    private static List<String> split(String text, String origin) {
        List<String> items = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                items.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(origin + ": a double quote is not closed in '" + text.strip() + "'");
        }
        items.add(current.toString());
        return items;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\"\"", "\"");
        }
        return value;
    }

    /** This mapping with {@code winner}'s entries replacing this one's for the same key (flags over a saved line). */
    public ColumnMapping overriddenBy(ColumnMapping winner) {
        if (winner.entries.isEmpty()) {
            return this;
        }
        Map<SaleColumn, Entry> merged = new LinkedHashMap<>(entries);
        merged.putAll(winner.entries);
        return new ColumnMapping(merged);
    }

    /** Whether no key is mapped (a blank {@code SO_CSV_COLUMNS}, no {@code --column} flag). */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    Map<SaleColumn, Entry> entries() {
        return entries;
    }

    /** {@code saleId=Verkaufsnummer,heading=Stichwort}: the form {@link #parse} reads. */
    @Override
    public String toString() {
        return entries.values().stream()
                .map(e -> e.column().key() + "=" + quoteIfNeeded(e.header()))
                .collect(Collectors.joining(","));
    }

    private static String quoteIfNeeded(String header) {
        return header.contains(",") || header.contains("\"") || header.contains("=")
                ? "\"" + header.replace("\"", "\"\"") + "\""
                : header;
    }

    /** Equal when the same keys name the same headers, wherever they were given. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping other && headers().equals(other.headers());
    }

    @Override
    public int hashCode() {
        return headers().hashCode();
    }

    private Map<SaleColumn, String> headers() {
        Map<SaleColumn, String> headers = new java.util.EnumMap<>(SaleColumn.class);
        entries.forEach((column, entry) -> headers.put(column, entry.header()));
        return headers;
    }
}
