package com.roboplanet.soconnector.contract;

import java.util.List;
import java.util.Map;

/**
 * A request as it went over the wire. {@code path} is the raw path, with or without the tenant prefix
 * ({@code /Cust12345/api/v1/Sale} and {@code /api/v1/Sale} are the same operation); {@code rawQuery} is still
 * percent-encoded, or empty; {@code body} is empty when there is none.
 */
public record ContractRequest(
        String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {
    public ContractRequest {
        if (method == null || method.isBlank()) throw new IllegalArgumentException("method is required");
        if (path == null || !path.startsWith("/"))
            throw new IllegalArgumentException("path must start with '/': " + path);
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public static ContractRequest get(String path, String rawQuery) {
        return new ContractRequest("GET", path, rawQuery, Map.of(), "");
    }

    public static ContractRequest json(String method, String path, String body) {
        return new ContractRequest(method, path, "", Map.of("Content-Type", List.of("application/json")), body);
    }
}
