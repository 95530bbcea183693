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
    /**
     * The longest query string sent: IIS request filtering refuses more than 2,048 bytes by default
     * ({@code requestLimits maxQueryString}, answering 404.15), and ASP.NET more than 2,048 characters
     * ({@code httpRuntime maxQueryStringLength}, answering 400).
     */
    static final int MAX_QUERY_STRING = 2048;

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
        return execute("GET", path, query, null, null, true);
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
        return execute("POST", path, Map.of(), json, ContentType.APPLICATION_JSON, idempotent);
    }

    /** POST without a body, for agent methods that take none (e.g. {@code GetCurrentAccountId}); read-only here. */
    JsonNode postWithoutBody(String path) {
        return execute("POST", path, Map.of(), null, null, true);
    }

    /** PUT raw bytes; the same bytes again give the same result, so it is retried like a GET. */
    JsonNode put(String path, byte[] body, ContentType contentType) {
        return execute("PUT", path, Map.of(), body, contentType, true);
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

    private JsonNode execute(
            String method,
            String path,
            Map<String, String> query,
            byte[] body,
            ContentType contentType,
            boolean idempotent) {
        String route = route(method, path, query);
        int length = queryString(query).length();
        if (length > MAX_QUERY_STRING) {
            throw SuperOfficeApiException.of(
                    Failure.CONFIGURATION,
                    route,
                    "the request " + method + " " + path + " would carry a query string of " + length
                            + " bytes, more than the " + MAX_QUERY_STRING + " that SuperOffice's web servers (IIS)"
                            + " accept; select fewer columns (SO_UDF_COLUMNS)",
                    null);
        }
        TokenService.Session session = tokens.current();
        boolean renewed = false;
        boolean rediscovered = false;
        int newerSessions = 0;
        while (true) {
            try {
                HttpTransport.Response response = transport.send(new HttpTransport.Request(
                        method,
                        uri(session.apiBase(), path, query),
                        route,
                        headers(session),
                        body,
                        contentType,
                        idempotent));
                return parse(response, route);
            } catch (SuperOfficeApiException e) {
                java.util.Optional<TokenService.Session> newer =
                        e.status() == 401 && renewed ? tokens.newerThan(session) : java.util.Optional.empty();
                if (e.status() == 401 && !renewed) {
                    renewed = true;
                    session = tokens.renewAfterRejection(session);
                } else if (newer.isPresent() && newerSessions < HttpTransport.MAX_RETRIES) {
                    // Requests in flight together: another one renewed since, so this refusal may be of an old token.
                    newerSessions++;
                    session = newer.get();
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
        String queryString = queryString(query);
        return URI.create(apiBase + path + (queryString.isEmpty() ? "" : "?" + queryString));
    }

    /** The encoded query string, without the {@code ?}. */
    static String queryString(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
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
