package com.roboplanet.soconnector.adapters.superoffice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page of an OData archive list: the {@code $} options in the order they are sent. */
record ArchiveQuery(List<String> select, String filter, String orderBy, int top, int skip) {
    ArchiveQuery {
        select = List.copyOf(select);
        filter = filter == null ? "" : filter;
        if (top < 1 || skip < 0) {
            throw new IllegalArgumentException("archive page needs top >= 1 and skip >= 0, was " + top + ", " + skip);
        }
    }

    Map<String, String> parameters() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("$select", String.join(",", select));
        if (!filter.isEmpty()) {
            query.put("$filter", filter);
        }
        query.put("$orderBy", orderBy);
        query.put("$top", Integer.toString(top));
        query.put("$skip", Integer.toString(skip));
        return query;
    }
}
