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
    private static final String CURRENT_PRINCIPAL = "v1/User/currentPrincipal";
    /**
     * The longest query string sent: IIS request filtering refuses more than 2,048 bytes by default
     * ({@code requestLimits maxQueryString}, answering 404.15), and ASP.NET more than 2,048 characters
     * ({@code httpRuntime maxQueryStringLength}, answering 400).
     */
    static final int MAX_QUERY_STRING = 2048;

    private final TokenService tokens;
    private final HttpTransport transport;
    private final Map<String, String> baseHeaders;
    /** Whether the API has answered any call of this connection: from then on a 401 is about the route, not the token. */
    private volatile boolean tokenAccepted;

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
                Map<String, String> headers = headers(session);
                headers.putAll(headerOverrides);
                HttpTransport.Response response = transport.send(new HttpTransport.Request(
                        method, uri(session.apiBase(), path, query), route, headers, body, contentType, idempotent));
                tokenAccepted = true;
                return response;
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
                    throw refusedFreshToken(route, e, session);
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

    /**
     * A freshly renewed token refused on one route is a missing right when the API accepts the token elsewhere (an
     * agent the app was not granted answers 401 on Online); only a token the API refuses everywhere means the
     * credentials do not open this tenant. When no call has been accepted yet, {@code GET v1/User/currentPrincipal},
     * which every user may read, tells the two apart; it costs one request, on this failure only.
     */
    private SuperOfficeApiException refusedFreshToken(
            String route, SuperOfficeApiException e, TokenService.Session session) {
        if (tokenAccepted || acceptedByTheApi(session)) {
            return new SuperOfficeApiException(
                    Failure.NOT_PERMITTED,
                    401,
                    e.errorType(),
                    e.errorMessage(),
                    null,
                    route,
                    Rights.refused(route, 401, new ErrorBody(e.errorType(), e.errorMessage())),
                    null);
        }
        return new SuperOfficeAuthenticationException(
                401,
                e.errorType(),
                e.errorMessage(),
                route,
                "SuperOffice refused every request, also with a freshly renewed access token (" + route + ", and"
                        + " GET v1/User/currentPrincipal): the login accepts the credentials but this tenant's API"
                        + " does not; check SO_CONTEXT_IDENTIFIER and SO_ENVIRONMENT, and that the app is granted"
                        + " access to this tenant");
    }

    /** Whether the API accepts the token for a call every user may make (a 403 there still means it does). */
    private boolean acceptedByTheApi(TokenService.Session session) {
        try {
            transport.send(new HttpTransport.Request(
                    "GET",
                    uri(session.apiBase(), CURRENT_PRINCIPAL, Map.of()),
                    "GET " + CURRENT_PRINCIPAL,
                    headers(session),
                    null,
                    null,
                    true));
            tokenAccepted = true;
            return true;
        } catch (SuperOfficeApiException e) {
            return e.status() == 403;
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
