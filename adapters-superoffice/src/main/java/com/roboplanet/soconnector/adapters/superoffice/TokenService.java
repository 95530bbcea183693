package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeApiException.Failure;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hc.core5.http.ContentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the access token and the tenant's API base. Renews the token with the refresh grant shortly
 * before it expires, after a 401, and on a 421 (re-discovery). Renewal is serialised: callers that saw the
 * same stale session share the one renewal made by the first of them.
 */
final class TokenService {
    static final String TOKEN_ROUTE = "POST login/common/oauth/tokens";
    private static final Duration MAX_MARGIN = Duration.ofSeconds(60);
    private static final long DEFAULT_EXPIRES_IN = 3600;
    private static final Set<String> USABLE_STATES = Set.of("Running", "OnlineMaintenance");
    private static final Logger LOG = LoggerFactory.getLogger(TokenService.class);

    /** What a request needs: the token and where to send it. {@code toString()} hides the token. */
    record Session(String accessToken, URI apiBase, Instant renewAt) {
        @Override
        public String toString() {
            return "Session[apiBase=" + apiBase + ", renewAt=" + renewAt + "]";
        }
    }

    record TokenAnswer(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("expires_in") Long expiresIn,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("id_token") String idToken) {}

    record TenantState(
            @JsonProperty("ContextIdentifier") String contextIdentifier,
            @JsonProperty("State") String state,
            @JsonProperty("IsRunning") Boolean running,
            @JsonProperty("Api") String api) {}

    private final SuperOfficeSettings settings;
    private final HttpTransport transport;
    private final Clock clock;
    private final Map<String, String> baseHeaders;
    private volatile Session session;
    private String refreshToken;

    TokenService(SuperOfficeSettings settings, HttpTransport transport, Clock clock, Map<String, String> baseHeaders) {
        this.settings = settings;
        this.transport = transport;
        this.clock = clock;
        this.baseHeaders = Map.copyOf(baseHeaders);
        this.refreshToken = settings.refreshToken();
    }

    /** A session that is valid now, renewing first when it is about to expire. */
    Session current() {
        Session seen = session;
        if (seen != null && clock.instant().isBefore(seen.renewAt())) {
            return seen;
        }
        return renew(seen, false);
    }

    /** After a 401: renew, unless another caller already replaced the rejected session. */
    Session renewAfterRejection(Session rejected) {
        return renew(rejected, false);
    }

    /**
     * The session another caller put in place since {@code used} was handed out, if any: a request refused with a
     * renewed token may try again with a newer one before the refusal counts.
     */
    synchronized java.util.Optional<Session> newerThan(Session used) {
        return session != null && session != used ? java.util.Optional.of(session) : java.util.Optional.empty();
    }

    /** After a 421: renew and look the API host up again. */
    Session rediscover(Session misdirected) {
        return renew(misdirected, true);
    }

    private synchronized Session renew(Session stale, boolean rediscover) {
        Session now = session;
        if (now != null && now != stale && clock.instant().isBefore(now.renewAt())) {
            return now;
        }
        Instant requestedAt = clock.instant();
        TokenAnswer answer = requestToken();
        if (answer.refreshToken() != null && !answer.refreshToken().isBlank()) {
            refreshToken = answer.refreshToken();
        }
        URI apiBase = apiBase(answer, stale, rediscover);
        long expiresIn =
                answer.expiresIn() == null || answer.expiresIn() <= 0 ? DEFAULT_EXPIRES_IN : answer.expiresIn();
        Duration lifetime = Duration.ofSeconds(expiresIn);
        Duration margin = lifetime.dividedBy(4).compareTo(MAX_MARGIN) < 0 ? lifetime.dividedBy(4) : MAX_MARGIN;
        Session fresh = new Session(
                answer.accessToken(), apiBase, requestedAt.plus(lifetime).minus(margin));
        session = fresh;
        LOG.debug("access token renewed; valid for {} s; API base {}", expiresIn, apiBase);
        return fresh;
    }

    private TokenAnswer requestToken() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", settings.clientId());
        form.put("client_secret", settings.clientSecret());
        form.put("refresh_token", refreshToken);
        if (!settings.redirectUri().isEmpty()) {
            form.put("redirect_uri", settings.redirectUri());
        }
        byte[] body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.UTF_8);
        HttpTransport.Response response;
        try {
            // The refresh grant does not rotate the refresh token, so repeating it is harmless.
            response = transport.send(new HttpTransport.Request(
                    "POST",
                    login("login/common/oauth/tokens"),
                    TOKEN_ROUTE,
                    baseHeaders,
                    body,
                    ContentType.APPLICATION_FORM_URLENCODED,
                    true));
        } catch (SuperOfficeApiException e) {
            // A proxy's or gateway's page with these codes is a fault, not the login refusing our credentials.
            if ((e.status() == 400 || e.status() == 401) && e.failure() != Failure.BAD_RESPONSE) {
                throw accessDenied(e);
            }
            throw e;
        }
        TokenAnswer answer = read(response, TokenAnswer.class, TOKEN_ROUTE);
        if (answer.accessToken() == null || answer.accessToken().isBlank()) {
            throw SuperOfficeApiException.of(
                    Failure.BAD_RESPONSE, TOKEN_ROUTE, "the token endpoint answered without an access_token", null);
        }
        return answer;
    }

    private SuperOfficeAuthenticationException accessDenied(SuperOfficeApiException e) {
        String code = e.errorType().isEmpty() ? "status " + e.status() : e.errorType();
        return new SuperOfficeAuthenticationException(
                e.status(),
                e.errorType(),
                e.errorMessage(),
                TOKEN_ROUTE,
                "SuperOffice refused the refresh token (" + code + ") at " + settings.loginUrl()
                        + ". Likely causes: the user revoked the app's consent (sign in again to get a new"
                        + " SO_REFRESH_TOKEN), SO_CLIENT_SECRET is wrong, or SO_ENVIRONMENT/SO_LOGIN_URL names"
                        + " another environment than the one the refresh token was issued for");
    }

    private URI apiBase(TokenAnswer answer, Session stale, boolean rediscover) {
        if (settings.apiUrl() != null) {
            if (rediscover) {
                throw SuperOfficeApiException.of(
                        Failure.CONFIGURATION,
                        "",
                        "the tenant API at SO_API_URL " + settings.apiUrl() + " answered 421 (the tenant moved"
                                + " host); remove SO_API_URL so that the connector discovers the host itself",
                        null);
            }
            return settings.apiUrl();
        }
        var claims = IdTokenClaims.read(answer.idToken());
        if (claims.isPresent()
                && !claims.get().contextIdentifier().isEmpty()
                && !claims.get().contextIdentifier().equalsIgnoreCase(settings.contextIdentifier())) {
            throw SuperOfficeApiException.of(
                    Failure.CONFIGURATION,
                    TOKEN_ROUTE,
                    "the refresh token belongs to tenant " + claims.get().contextIdentifier()
                            + " but SO_CONTEXT_IDENTIFIER is " + settings.contextIdentifier(),
                    null);
        }
        URI fromToken = claims.flatMap(IdTokenClaims::apiBase).orElse(null);
        URI staleBase = stale == null ? null : stale.apiBase();
        if (fromToken != null && !(rediscover && fromToken.equals(staleBase))) {
            return fromToken;
        }
        if (!rediscover && staleBase != null) {
            return staleBase;
        }
        return fromStateApi();
    }

    private URI fromStateApi() {
        String route = "GET api/state/" + settings.contextIdentifier();
        HttpTransport.Response response;
        try {
            response = transport.send(new HttpTransport.Request(
                    "GET",
                    login("api/state/" + encode(settings.contextIdentifier())),
                    route,
                    baseHeaders,
                    null,
                    null,
                    true));
        } catch (SuperOfficeApiException e) {
            if (e.status() == 404 && e.failure() == Failure.REJECTED) {
                throw SuperOfficeApiException.of(
                        Failure.CONFIGURATION,
                        route,
                        "SuperOffice does not know the tenant SO_CONTEXT_IDENTIFIER=" + settings.contextIdentifier()
                                + " at " + settings.loginUrl(),
                        e);
            }
            throw e;
        }
        TenantState state = read(response, TenantState.class, route);
        String name = Objects.requireNonNullElse(state.state(), "Unknown");
        if (!Boolean.TRUE.equals(state.running()) || !USABLE_STATES.contains(name)) {
            throw SuperOfficeApiException.of(
                    Failure.UNAVAILABLE,
                    route,
                    "the SuperOffice tenant " + settings.contextIdentifier() + " is not available: its state is " + name
                            + " (it needs Running or OnlineMaintenance); try again later",
                    null);
        }
        if (state.api() == null || state.api().isBlank()) {
            throw SuperOfficeApiException.of(
                    Failure.BAD_RESPONSE, route, "the tenant state answer has no Api address", null);
        }
        try {
            return SuperOfficeSettings.withTrailingSlash(URI.create(state.api().strip()));
        } catch (IllegalArgumentException e) {
            throw SuperOfficeApiException.of(
                    Failure.BAD_RESPONSE, route, "the tenant state answer has an unreadable Api address", e);
        }
    }

    private URI login(String path) {
        return SuperOfficeSettings.withTrailingSlash(settings.loginUrl()).resolve(path);
    }

    private static <T> T read(HttpTransport.Response response, Class<T> type, String route) {
        try {
            JsonNode node = Json.MAPPER.readTree(response.body());
            if (node == null || !node.isObject()) {
                throw new IOException("not a JSON object");
            }
            return Json.MAPPER.treeToValue(node, type);
        } catch (IOException e) {
            // No cause: the parser's message quotes the body, and the token answer's body holds the token.
            throw SuperOfficeApiException.of(
                    Failure.BAD_RESPONSE, route, route + " answered a body that is not the expected JSON object", null);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
