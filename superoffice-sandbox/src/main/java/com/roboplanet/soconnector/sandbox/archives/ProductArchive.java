package com.roboplanet.soconnector.sandbox.archives;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.sandbox.entities.Catalog;
import com.roboplanet.soconnector.sandbox.entities.Product;
import com.roboplanet.soconnector.sandbox.http.Language;
import java.util.List;
import java.util.Map;

/** {@code GET Product}: the Product archive over the price list, with {@code $select}, {@code $top}, {@code $skip}. */
final class ProductArchive {
    private static final List<String> COLUMNS = List.of(
            "productId",
            "name",
            "code",
            "erpProductKey",
            "productFamilyKey",
            "listPrice",
            "cost",
            "inAssortment",
            "priceList/name");
    private static final String DEFAULT_SELECT = "productId,name,code,productFamilyKey,listPrice";

    private ProductArchive() {}

    static ObjectNode answer(ObjectMapper json, Map<String, String> params, String apiBase, Language language) {
        if (!params.getOrDefault("$filter", "").isBlank()) {
            throw new QueryException("The sandbox's Product archive does not filter; select all rows and filter them");
        }
        List<String> select =
                List.of(params.getOrDefault("$select", DEFAULT_SELECT).split(","));
        for (String column : select) {
            if (!COLUMNS.contains(column.trim())) {
                throw new QueryException(
                        "Unknown column '" + column.trim() + "' in $select of archive provider Product");
            }
        }
        int skip = ArchiveOptions.count(params, "$skip", 0);
        int top = ArchiveOptions.count(params, "$top", Integer.MAX_VALUE);
        ObjectNode envelope = json.createObjectNode();
        envelope.put("odata.metadata", apiBase + "v1/Archive//$metadata");
        envelope.putNull("odata.nextLink");
        ArrayNode rows = envelope.putArray("value");
        Catalog.PRODUCTS.stream().skip(skip).limit(top).forEach(product -> {
            ObjectNode row = rows.addObject();
            row.put("PrimaryKey", Integer.toString(product.productId()));
            row.put("EntityName", "product");
            for (String column : select) put(row, column.trim(), product, language);
        });
        return envelope;
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
