package com.roboplanet.soconnector.sandbox.archives;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A small archive provider (persons, internal users, documents) over rows computed on each call: {@code $select},
 * {@code $filter} with the FindSale grammar, {@code $orderBy} on one column, {@code $top}, {@code $skip}. Slim rows
 * like FindSale's: {@code PrimaryKey} as a string, {@code EntityName}, the selected columns under their exact names.
 */
final class EntityArchive {
    private final String provider;
    private final String entityName;
    private final String primaryKey;
    private final ArchiveColumns columns;
    private final FilterParser filters;
    private final Supplier<List<Map<String, Object>>> rows;
    private final ObjectMapper json;

    EntityArchive(
            String provider,
            String entityName,
            String primaryKey,
            Map<String, ColumnType> columnTypes,
            Supplier<List<Map<String, Object>>> rows,
            ObjectMapper json) {
        this.provider = provider;
        this.entityName = entityName;
        this.primaryKey = primaryKey;
        this.columns = new ArchiveColumns(new LinkedHashMap<>(columnTypes));
        this.filters = new FilterParser(columns);
        this.rows = rows;
        this.json = json;
    }

    ObjectNode answer(Map<String, String> params, String apiBase) {
        List<ArchiveColumn> select = new ArrayList<>();
        for (String name : params.getOrDefault("$select", primaryKey).split(",")) {
            if (!name.isBlank()) select.add(column(name.trim(), "$select"));
        }
        Predicate<ArchiveRow> filter =
                filters.parse(params.getOrDefault("$filter", "")).predicate();
        List<ArchiveRow> matching = new ArrayList<>();
        for (Map<String, Object> cells : rows.get()) {
            ArchiveRow row = ArchiveRow.ofCells(cells);
            if (filter.test(row)) matching.add(row);
        }
        matching.sort(order(params.getOrDefault("$orderBy", params.getOrDefault("$orderby", ""))));
        int skip = ArchiveOptions.count(params, "$skip", 0);
        int top = ArchiveOptions.count(params, "$top", Integer.MAX_VALUE);
        ObjectNode envelope = json.createObjectNode();
        envelope.put("odata.metadata", apiBase + "v1/Archive//$metadata");
        envelope.putNull("odata.nextLink");
        var value = envelope.putArray("value");
        matching.stream().skip(skip).limit(top).forEach(row -> {
            ObjectNode out = value.addObject();
            out.put("PrimaryKey", String.valueOf(row.cells().get(primaryKey)));
            out.put("EntityName", entityName);
            for (ArchiveColumn c : select)
                out.set(c.name(), json.valueToTree(c.raw().apply(row)));
        });
        return envelope;
    }

    private Comparator<ArchiveRow> order(String orderBy) {
        return order(orderBy, provider, columns, primaryKey);
    }

    /**
     * The row order an archive over cells serves: {@code $orderBy} on one column ({@code column [asc|desc]}), the
     * primary key breaking ties; by primary key when {@code orderBy} is blank.
     */
    static Comparator<ArchiveRow> order(String orderBy, String provider, ArchiveColumns columns, String primaryKey) {
        Comparator<ArchiveRow> byKey =
                Comparator.comparing(row -> ((Number) row.cells().get(primaryKey)).longValue());
        if (orderBy.isBlank()) return byKey;
        String[] parts = orderBy.trim().split("\\s+");
        if (orderBy.contains(",") || parts.length > 2 || (parts.length == 2 && !parts[1].matches("(?i)asc|desc"))) {
            throw new QueryException("Bad $orderBy '" + orderBy + "': the sandbox orders " + provider
                    + " by one column, 'column [asc|desc]'");
        }
        ArchiveColumn column = columns.find(parts[0])
                .orElseThrow(() -> new QueryException(
                        "Unknown column '" + parts[0] + "' in $orderBy of archive provider " + provider));
        @SuppressWarnings("unchecked")
        Comparator<ArchiveRow> byColumn = Comparator.comparing(
                row -> (Comparable<Object>) sortable(column.raw().apply(row)));
        if (parts.length == 2 && parts[1].toLowerCase(Locale.ROOT).equals("desc")) byColumn = byColumn.reversed();
        return byColumn.thenComparing(byKey);
    }

    private static Object sortable(Object value) {
        return value instanceof String text ? text.toLowerCase(Locale.ROOT) : value;
    }

    private ArchiveColumn column(String name, String option) {
        return columns.find(name)
                .orElseThrow(() -> new QueryException(
                        "Unknown column '" + name + "' in " + option + " of archive provider " + provider));
    }
}
