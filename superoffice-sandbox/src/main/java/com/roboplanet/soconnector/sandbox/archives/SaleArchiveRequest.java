package com.roboplanet.soconnector.sandbox.archives;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed FindSale request ({@code GET Sale}, {@code GET Archive/FindSale}) as the simulator runs it: selected
 * columns, filter, order and page.
 */
record SaleArchiveRequest(
        List<ArchiveColumn> select,
        FilterParser.Parsed filter,
        String filterText,
        List<OrderKey> order,
        int skip,
        int top) {

    static final String DEFAULT_SELECT = "saleId,heading,date,amount,saleStatus,contactId";

    /** Whether rows are quote lines (one row per quote line) rather than sales. */
    boolean perQuoteLine() {
        return select.stream().anyMatch(ArchiveColumn::quoteLine)
                || filter.columns().stream().anyMatch(ArchiveColumn::quoteLine)
                || order.stream().anyMatch(key -> key.column().quoteLine());
    }

    String cacheKey() {
        StringBuilder key =
                new StringBuilder(filterText).append('|').append(perQuoteLine()).append('|');
        order.forEach(o -> key.append(o.column().name()).append(o.ascending() ? "+" : "-"));
        return key.toString();
    }

    static SaleArchiveRequest parse(
            Map<String, String> params, ArchiveColumns columns, FilterParser parser, boolean lines) {
        List<ArchiveColumn> select = new ArrayList<>();
        for (String name : split(params.getOrDefault("$select", DEFAULT_SELECT))) {
            select.add(column(columns, name, "$select", lines));
        }
        String filterText = params.getOrDefault("$filter", "");
        FilterParser.Parsed filter = parser.parse(filterText);
        filter.columns().forEach(c -> column(columns, c.name(), "$filter", lines));
        String orderText =
                params.containsKey("$orderBy") ? params.get("$orderBy") : params.getOrDefault("$orderby", "");
        List<OrderKey> order = new ArrayList<>();
        for (String term : split(orderText)) {
            String[] parts = term.trim().split("\\s+");
            if (parts.length > 2 || (parts.length == 2 && !parts[1].matches("(?i)asc|desc"))) {
                throw new QueryException("Bad $orderBy term '" + term.trim() + "': expected 'column [asc|desc]'");
            }
            boolean ascending =
                    parts.length == 1 || parts[1].toLowerCase(Locale.ROOT).equals("asc");
            order.add(new OrderKey(column(columns, parts[0], "$orderBy", lines), ascending));
        }
        return new SaleArchiveRequest(
                List.copyOf(select),
                filter,
                filterText,
                List.copyOf(order),
                ArchiveOptions.count(params, "$skip", 0),
                ArchiveOptions.count(params, "$top", Integer.MAX_VALUE));
    }

    private static ArchiveColumn column(ArchiveColumns columns, String name, String option, boolean lines) {
        ArchiveColumn column = columns.find(name)
                .orElseThrow(() -> new QueryException(
                        "Unknown column '" + name + "' in " + option + " of archive provider FindSale"));
        if (column.quoteLine() && !lines) {
            throw new QueryException("Column '" + name + "' in " + option
                    + " is not available: this tenant does not allow quote line columns in FindSale");
        }
        return column;
    }

    private static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        for (String item : list.split(",")) {
            if (!item.isBlank()) items.add(item.trim());
        }
        return items;
    }
}
