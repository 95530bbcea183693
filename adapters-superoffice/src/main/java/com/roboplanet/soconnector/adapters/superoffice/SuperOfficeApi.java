package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeApiException.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One method per SuperOffice endpoint the connector uses; answers are the adapter's own DTOs. */
final class SuperOfficeApi {
    static final String SALE_ARCHIVE = "v1/Sale";
    static final String PRODUCT_ARCHIVE = "v1/Product";
    static final String PRODUCT_FAMILIES = "v1/List/ProductFamily/Items";

    private final RequestExecutor executor;

    SuperOfficeApi(RequestExecutor executor) {
        this.executor = executor;
    }

    /** {@code GET v1/Sale}: the FindSale archive. */
    ArchivePage findSales(ArchiveQuery query) {
        return archive(SALE_ARCHIVE, query);
    }

    /** {@code GET v1/Sale/{id}}: the PascalCase SaleEntity, as JSON; empty for 404. */
    java.util.Optional<JsonNode> saleEntity(long saleId) {
        try {
            return java.util.Optional.of(executor.get("v1/Sale/" + saleId, Map.of()));
        } catch (SuperOfficeApiException e) {
            if (e.status() == 404) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    /** {@code POST v1/Agents/Quote/GetQuoteFromSaleId}: read-only, so retried like a GET. */
    JsonNode quoteFromSaleId(long saleId) {
        return executor.post("v1/Agents/Quote/GetQuoteFromSaleId", Map.of("SaleId", saleId), true);
    }

    /** {@code POST v1/Agents/Quote/GetQuoteAlternatives}: a JSON array. */
    JsonNode quoteAlternatives(long quoteVersionId) {
        return array(
                "v1/Agents/Quote/GetQuoteAlternatives",
                executor.post("v1/Agents/Quote/GetQuoteAlternatives", Map.of("QuoteVersionId", quoteVersionId), true));
    }

    /** {@code POST v1/Agents/Quote/GetQuoteLines}: a JSON array. */
    JsonNode quoteLines(long quoteAlternativeId) {
        return array(
                "v1/Agents/Quote/GetQuoteLines",
                executor.post("v1/Agents/Quote/GetQuoteLines", Map.of("QuoteAlternativeId", quoteAlternativeId), true));
    }

    private static JsonNode array(String path, JsonNode body) {
        if (!body.isArray()) {
            throw badShape("POST " + path, "a JSON array");
        }
        return body;
    }

    /** {@code GET v1/Product}: the Product archive. */
    ArchivePage findProducts(ArchiveQuery query) {
        return archive(PRODUCT_ARCHIVE, query);
    }

    /** {@code GET v1/List/ProductFamily/Items?includeDeleted=}: a bare JSON array. */
    List<ListItemDto> productFamilyItems(boolean includeDeleted) {
        Map<String, String> query = Map.of("includeDeleted", Boolean.toString(includeDeleted));
        String route = RequestExecutor.route("GET", PRODUCT_FAMILIES, query);
        JsonNode body = executor.get(PRODUCT_FAMILIES, query);
        if (!body.isArray()) {
            throw badShape(route, "a JSON array of list items");
        }
        List<ListItemDto> items = new ArrayList<>(body.size());
        for (JsonNode item : body) {
            try {
                items.add(Json.MAPPER.treeToValue(item, ListItemDto.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw badShape(route, "list items with Id, Name, Tooltip and Deleted");
            }
        }
        return items;
    }

    private ArchivePage archive(String path, ArchiveQuery query) {
        Map<String, String> parameters = query.parameters();
        String route = RequestExecutor.route("GET", path, parameters);
        JsonNode body = executor.get(path, parameters);
        JsonNode value = body.get("value");
        if (value == null || !value.isArray()) {
            throw badShape(route, "an OData envelope with a 'value' array");
        }
        List<JsonNode> rows = new ArrayList<>(value.size());
        for (JsonNode row : value) {
            if (!row.isObject()) {
                throw badShape(route, "rows that are JSON objects");
            }
            rows.add(row);
        }
        return new ArchivePage(rows, route);
    }

    private static SuperOfficeApiException badShape(String route, String expected) {
        return SuperOfficeApiException.of(
                Failure.BAD_RESPONSE,
                route,
                "SuperOffice answered " + route + " with JSON that is not " + expected,
                null);
    }
}
