package com.roboplanet.soconnector.sandbox.archives;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.sandbox.entities.Catalog;
import com.roboplanet.soconnector.sandbox.entities.Product;
import com.roboplanet.soconnector.sandbox.http.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * {@code GET Product}: the Product archive over the tenant's price list, with {@code $select}, {@code $filter} (the
 * FindSale grammar over the raw values: {@code productFamilyKey} is the list id), {@code $orderBy} on one column
 * (product id by default), {@code $top} and {@code $skip}.
 */
final class ProductArchive {
    private static final Map<String, ColumnType> COLUMNS = columns();
    private static final String DEFAULT_SELECT = "productId,name,code,productFamilyKey,listPrice";

    private final Supplier<List<Product>> products;
    private final ArchiveColumns columns = new ArchiveColumns(COLUMNS);
    private final FilterParser filters = new FilterParser(columns);

    /** The archive over {@code products}, read on each call (the price list can change during a run). */
    ProductArchive(Supplier<List<Product>> products) {
        this.products = products;
    }

    private static Map<String, ColumnType> columns() {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        types.put("productId", ColumnType.INT);
        types.put("name", ColumnType.STRING);
        types.put("code", ColumnType.STRING);
        types.put("erpProductKey", ColumnType.STRING);
        types.put("productFamilyKey", ColumnType.LIST);
        types.put("listPrice", ColumnType.DECIMAL);
        types.put("cost", ColumnType.DECIMAL);
        types.put("inAssortment", ColumnType.BOOL);
        types.put("priceList/name", ColumnType.STRING);
        return types;
    }

    ObjectNode answer(ObjectMapper json, Map<String, String> params, String apiBase, Language language) {
        List<String> select =
                List.of(params.getOrDefault("$select", DEFAULT_SELECT).split(","));
        for (String column : select) {
            if (!COLUMNS.containsKey(column.trim())) {
                throw new QueryException(
                        "Unknown column '" + column.trim() + "' in $select of archive provider Product");
            }
        }
        Predicate<ArchiveRow> filter =
                filters.parse(params.getOrDefault("$filter", "")).predicate();
        List<Listed> matching = new ArrayList<>();
        for (Product product : products.get()) {
            ArchiveRow row = ArchiveRow.ofCells(cells(product));
            if (filter.test(row)) matching.add(new Listed(product, row));
        }
        Comparator<ArchiveRow> order = EntityArchive.order(
                params.getOrDefault("$orderBy", params.getOrDefault("$orderby", "")), "Product", columns, "productId");
        matching.sort(Comparator.comparing(Listed::row, order));
        int skip = ArchiveOptions.count(params, "$skip", 0);
        int top = ArchiveOptions.count(params, "$top", Integer.MAX_VALUE);
        ObjectNode envelope = json.createObjectNode();
        envelope.put("odata.metadata", apiBase + "v1/Archive//$metadata");
        envelope.putNull("odata.nextLink");
        ArrayNode rows = envelope.putArray("value");
        matching.stream().skip(skip).limit(top).map(Listed::product).forEach(product -> {
            ObjectNode row = rows.addObject();
            row.put("PrimaryKey", Integer.toString(product.productId()));
            row.put("EntityName", "product");
            for (String column : select) put(row, column.trim(), product, language);
        });
        return envelope;
    }

    /** A product with the archive row its filter and order see. */
    private record Listed(Product product, ArchiveRow row) {}

    /** The raw values filters and orders see. */
    private static Map<String, Object> cells(Product product) {
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put("productId", product.productId());
        cells.put("name", product.name());
        cells.put("code", product.code());
        cells.put("erpProductKey", product.code());
        cells.put("productFamilyKey", product.familyId());
        cells.put("listPrice", product.listPrice());
        cells.put("cost", product.cost());
        cells.put("inAssortment", true);
        cells.put("priceList/name", "Standard EUR");
        return cells;
    }

    private static void put(ObjectNode row, String column, Product product, Language language) {
        switch (column) {
            case "productId" -> row.put(column, product.productId());
            case "name" -> row.put(column, product.name());
            case "code", "erpProductKey" -> row.put(column, product.code());
            case "productFamilyKey" ->
                row.put(column, Catalog.family(product.familyId()).display(language));
            case "listPrice" -> row.put(column, product.listPrice());
            case "cost" -> row.put(column, product.cost());
            case "inAssortment" -> row.put(column, true);
            case "priceList/name" -> row.put(column, "Standard EUR");
            default ->
                throw new QueryException("Unknown column '" + column + "' in $select of archive provider Product");
        }
    }
}
