package com.roboplanet.soconnector.sandbox.archives;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.sandbox.entities.Catalog;
import com.roboplanet.soconnector.sandbox.entities.SaleQuote;
import com.roboplanet.soconnector.sandbox.entities.SaleRow;
import com.roboplanet.soconnector.sandbox.entities.SaleStore;
import com.roboplanet.soconnector.sandbox.http.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code ConfigurableArchiveQuoteLine} archive provider ({@code GET Archive/ConfigurableArchiveQuoteLine}): one row
 * per quote line of every version and alternative, with the alternative, version, quote and sale it belongs to
 * (SuperOffice's archive provider reference names these columns; the sandbox serves the subset below). {@code $select},
 * {@code $filter} in the FindSale grammar over raw values, {@code $orderBy} on any of its columns ({@code quoteLineId}
 * breaks ties and is the default), {@code $top}, {@code $skip}. {@code productFamilyKey} is a list column: filtered by
 * id, shown as the family's name, like the Product archive.
 *
 * <p>Top-level {@code alternative/version/quote/sale/saleId lt N} / {@code gt N} terms start a walk over the sales at
 * that id, and an order led by that column walks the sales in it and stops after the page, so that paging by sale id
 * costs what one page costs, at any tenant size.
 */
final class QuoteLineArchive {
    static final String SALE_ID = "alternative/version/quote/sale/saleId";
    private static final String PRIMARY_KEY = "quoteLineId";
    private static final String FAMILY = "productFamilyKey";
    private static final Map<String, ColumnType> COLUMNS = columns();

    private final SaleStore sales;
    private final ArchiveColumns columns = new ArchiveColumns(COLUMNS);
    private final FilterParser filters = new FilterParser(columns);

    QuoteLineArchive(SaleStore sales) {
        this.sales = sales;
    }

    private static Map<String, ColumnType> columns() {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        columns.put(PRIMARY_KEY, ColumnType.INT);
        columns.put("quoteAlternativeId", ColumnType.INT);
        columns.put("rank", ColumnType.INT);
        columns.put("erpProductKey", ColumnType.STRING);
        columns.put("name", ColumnType.STRING);
        columns.put("code", ColumnType.STRING);
        columns.put("quantity", ColumnType.DECIMAL);
        columns.put("unitListPrice", ColumnType.DECIMAL);
        columns.put("totalPrice", ColumnType.DECIMAL);
        columns.put(FAMILY, ColumnType.LIST);
        columns.put("alternative/quoteAlternativeId", ColumnType.INT);
        columns.put("alternative/name", ColumnType.STRING);
        columns.put("alternative/version/quoteVersionId", ColumnType.INT);
        columns.put("alternative/version/quote/quoteId", ColumnType.INT);
        columns.put(SALE_ID, ColumnType.INT);
        return columns;
    }

    ObjectNode answer(ObjectMapper json, Map<String, String> params, String apiBase, Language language) {
        List<ArchiveColumn> select = new ArrayList<>();
        for (String name : params.getOrDefault("$select", PRIMARY_KEY).split(",")) {
            if (!name.isBlank()) select.add(column(name.trim(), "$select"));
        }
        FilterParser.Parsed filter = filters.parse(params.getOrDefault("$filter", ""));
        List<OrderKey> order = order(params.getOrDefault("$orderBy", params.getOrDefault("$orderby", "")));
        int skip = ArchiveOptions.count(params, "$skip", 0);
        int top = ArchiveOptions.count(params, "$top", Integer.MAX_VALUE);
        List<ArchiveRow> page = rows(filter, order, (long) skip + top);
        ObjectNode envelope = json.createObjectNode();
        envelope.put("odata.metadata", apiBase + "v1/Archive//$metadata");
        envelope.putNull("odata.nextLink");
        ArrayNode value = envelope.putArray("value");
        page.stream().skip(skip).limit(top).forEach(row -> {
            ObjectNode out = value.addObject();
            out.put("PrimaryKey", String.valueOf(row.cells().get(PRIMARY_KEY)));
            out.put("EntityName", "quoteLineIsIncluded");
            for (ArchiveColumn c : select) {
                Object raw = c.raw().apply(row);
                out.set(c.name(), json.valueToTree(c.name().equals(FAMILY) ? familyName((int) raw, language) : raw));
            }
        });
        return envelope;
    }

    /** The matching rows in order, at least the first {@code needed} of them (all when the order is not a walk). */
    private List<ArchiveRow> rows(FilterParser.Parsed filter, List<OrderKey> order, long needed) {
        long below = Long.MAX_VALUE;
        long above = Long.MIN_VALUE;
        for (FilterParser.Comparison term : filter.conjuncts()) {
            if (!term.column().name().equals(SALE_ID) || term.operands().size() != 1) continue;
            long value;
            try {
                value = Long.parseLong(term.operands().get(0).text());
            } catch (NumberFormatException e) {
                continue;
            }
            switch (term.operator()) {
                case "lt", "less" -> below = Math.min(below, value);
                case "gt", "greater" -> above = Math.max(above, value);
                default -> {}
            }
        }
        SaleStore store = sales.snapshot();
        boolean walk = !order.isEmpty() && order.get(0).column().name().equals(SALE_ID);
        boolean descending = walk && !order.get(0).ascending();
        // In a store ordered by id the range is a run of positions; otherwise every sale is looked at.
        int from = store.ordered() ? firstAtLeast(store, above == Long.MIN_VALUE ? above : above + 1) : 0;
        int to = store.ordered() ? firstAtLeast(store, below) : store.size();
        walk = walk && store.ordered();
        List<ArchiveRow> matching = new ArrayList<>();
        for (int step = 0; step < to - from; step++) {
            SaleRow sale = store.at(descending ? to - 1 - step : from + step);
            if (!sale.hasQuote() || sale.saleId() >= below || sale.saleId() <= above) continue;
            for (SaleQuote.PlacedLine line : sale.quote().allLines()) {
                ArchiveRow row = ArchiveRow.ofCells(cells(sale, line));
                if (filter.predicate().test(row)) matching.add(row);
            }
            // Whole sales only, so that the order within a sale is still decided by the other order terms.
            if (walk && matching.size() >= needed) break;
        }
        matching.sort(comparator(order));
        return matching;
    }

    /** The first position whose sale id is at least {@code id}, in a store ordered by id. */
    private static int firstAtLeast(SaleStore store, long id) {
        int low = 0;
        int high = store.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (store.at(middle).saleId() < id) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static Map<String, Object> cells(SaleRow sale, SaleQuote.PlacedLine placed) {
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put(PRIMARY_KEY, placed.line().quoteLineId());
        cells.put("quoteAlternativeId", placed.alternative().alternativeId());
        cells.put("rank", placed.line().rank());
        cells.put("erpProductKey", placed.line().erpProductKey());
        cells.put("name", placed.line().name());
        cells.put("code", placed.line().code());
        cells.put("quantity", placed.line().quantity());
        cells.put("unitListPrice", placed.line().unitListPrice());
        cells.put("totalPrice", placed.line().totalPrice());
        cells.put(FAMILY, Integer.parseInt(placed.line().productFamilyKey()));
        cells.put("alternative/quoteAlternativeId", placed.alternative().alternativeId());
        cells.put("alternative/name", placed.alternative().name());
        cells.put("alternative/version/quoteVersionId", placed.version().versionId());
        cells.put("alternative/version/quote/quoteId", sale.quote().quoteId());
        cells.put(SALE_ID, sale.saleId());
        return cells;
    }

    private static String familyName(int familyId, Language language) {
        return familyId >= 1 && familyId <= Catalog.FAMILIES.size()
                ? Catalog.family(familyId).display(language)
                : Integer.toString(familyId);
    }

    /** {@code column [asc|desc]} terms, comma-separated. */
    private List<OrderKey> order(String orderBy) {
        List<OrderKey> keys = new ArrayList<>();
        if (orderBy.isBlank()) return keys;
        for (String term : orderBy.split(",")) {
            String[] parts = term.trim().split("\\s+");
            if (parts.length > 2 || (parts.length == 2 && !parts[1].matches("(?i)asc|desc"))) {
                throw new QueryException("Bad $orderBy term '" + term.trim() + "': 'column [asc|desc]'");
            }
            boolean ascending =
                    parts.length == 1 || parts[1].toLowerCase(Locale.ROOT).equals("asc");
            keys.add(new OrderKey(column(parts[0], "$orderBy"), ascending));
        }
        return keys;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<ArchiveRow> comparator(List<OrderKey> order) {
        Comparator<ArchiveRow> result = (a, b) -> 0;
        for (OrderKey key : order) {
            Comparator<ArchiveRow> byKey = Comparator.comparing(row -> {
                Object value = key.column().raw().apply(row);
                return (Comparable) (value instanceof String text ? text.toLowerCase(Locale.ROOT) : value);
            });
            result = result.thenComparing(key.ascending() ? byKey : byKey.reversed());
        }
        return result.thenComparing(row -> ((Number) row.cells().get(PRIMARY_KEY)).longValue());
    }

    private ArchiveColumn column(String name, String option) {
        return columns.find(name)
                .orElseThrow(() -> new QueryException("Unknown column '" + name + "' in " + option
                        + " of archive provider ConfigurableArchiveQuoteLine"));
    }
}
