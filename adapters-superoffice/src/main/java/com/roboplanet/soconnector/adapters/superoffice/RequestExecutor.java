package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeApiException.Failure;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hc.core5.http.ContentType;

/**
 * Sends tenant API requests: resolves the route against the discovered API base, adds the Bearer
 * token, renews once on 401 and re-discovers once on 421, and parses the JSON answer.
 */
final class RequestExecutor {
    private final TokenService tokens;
    private final HttpTransport transport;
    private final Map<String, String> baseHeaders;

    RequestExecutor(TokenService tokens, HttpTransport transport, Map<String, String> baseHeaders) {
        this.tokens = tokens;
        this.transport = transport;
        this.baseHeaders = Map.copyOf(baseHeaders);
    }

    /** GET {@code path} (relative to the API base, e.g. {@code v1/Sale}) with the query in the given order. */
    JsonNode get(String path, Map<String, String> query) {
        return parse(execute("GET", path, query, null, null, true, Map.of()), route("GET", path, query));
    }

    /** GET raw bytes (a document's content), whatever their type. */
    byte[] getBytes(String path) {
        return execute("GET", path, Map.of(), null, null, true, Map.of("Accept", "*/*"))
                .body();
    }

    /**
     * POST a JSON body. {@code idempotent} marks read-only agent calls (e.g. the Quote agent's getters),
     * which may be retried like a GET; anything that creates or sends must pass false.
     */
    JsonNode post(String path, Object body, boolean idempotent) {
        byte[] json;
        try {
            json = Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the body of POST " + path, e);
        }
        return parse(
                execute("POST", path, Map.of(), json, ContentType.APPLICATION_JSON, idempotent, Map.of()),
                route("POST", path, Map.of()));
    }

    /** POST without a body, for agent methods that take none (e.g. {@code GetCurrentAccountId}); read-only here. */
    JsonNode postWithoutBody(String path) {
        return parse(execute("POST", path, Map.of(), null, null, true, Map.of()), route("POST", path, Map.of()));
    }

    /** PUT raw bytes; the same bytes again give the same result, so it is retried like a GET. */
    JsonNode put(String path, byte[] body, ContentType contentType) {
        return parse(execute("PUT", path, Map.of(), body, contentType, true, Map.of()), route("PUT", path, Map.of()));
    }

    /** How a request appears in messages and the summary: method, path and decoded query, no host. */
    static String route(String method, String path, Map<String, String> query) {
        if (query.isEmpty()) {
            return method + " " + path;
        }
        return method + " " + path + "?"
                + query.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("&"));
    }

    private HttpTransport.Response execute(
            String method,
            String path,
            Map<String, String> query,
            byte[] body,
            ContentType contentType,
            boolean idempotent,
            Map<String, String> headerOverrides) {
        String route = route(method, path, query);
        TokenService.Session session = tokens.current();
        boolean renewed = false;
        boolean rediscovered = false;
        while (true) {
            try {
                Map<String, String> headers = headers(session);
                headers.putAll(headerOverrides);
                return transport.send(new HttpTransport.Request(
                        method, uri(session.apiBase(), path, query), route, headers, body, contentType, idempotent));
            } catch (SuperOfficeApiException e) {
                if (e.status() == 401 && !renewed) {
                    renewed = true;
                    session = tokens.renewAfterRejection(session);
                } else if (e.status() == 421 && !rediscovered) {
                    rediscovered = true;
                    session = tokens.rediscover(session);
                } else if (e.status() == 401) {
                    throw new SuperOfficeAuthenticationException(
                            401,
                            e.errorType(),
                            e.errorMessage(),
                            route,
                            "SuperOffice refused a freshly renewed access token for " + route
                                    + "; the app may lack the rights for this call on this tenant");
                } else if (e.status() == 421) {
                    throw new SuperOfficeApiException(
                            Failure.UNAVAILABLE,
                            421,
                            e.errorType(),
                            e.errorMessage(),
                            null,
                            route,
                            "SuperOffice answered 421 (wrong host) to " + route + " also after looking the"
                                    + " tenant's API host up again",
                            e);
                } else {
                    throw e;
                }
            }
        }
    }

    private Map<String, String> headers(TokenService.Session session) {
        Map<String, String> headers = new LinkedHashMap<>(baseHeaders);
        headers.put("Authorization", "Bearer " + session.accessToken());
        return headers;
    }

    private static URI uri(URI apiBase, String path, Map<String, String> query) {
        StringBuilder text = new StringBuilder(apiBase.toString()).append(path);
        String separator = "?";
        for (Map.Entry<String, String> e : query.entrySet()) {
            text.append(separator).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            separator = "&";
        }
        return URI.create(text.toString());
    }

    /** Percent-encoding with %20 for spaces: '+' means a space only in forms, and OData filters are not forms. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%24", "$");
    }

    private static JsonNode parse(HttpTransport.Response response, String route) {
        try {
            JsonNode node = Json.MAPPER.readTree(response.body());
            if (node == null || node.isMissingNode()) {
                throw SuperOfficeApiException.of(
                        Failure.BAD_RESPONSE, route, "SuperOffice answered " + route + " with an empty body", null);
            }
            return node;
        } catch (IOException e) {
            String where = e instanceof JsonProcessingException jpe && jpe.getLocation() != null
                    ? " (at line " + jpe.getLocation().getLineNr() + ", column "
                            + jpe.getLocation().getColumnNr() + ")"
                    : "";
            throw SuperOfficeApiException.of(
                    Failure.BAD_RESPONSE,
                    route,
                    "SuperOffice answered " + route + " with a body that is not valid JSON" + where,
                    null);
        }
    }
}
