package com.roboplanet.soconnector.sandbox.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.sandbox.SandboxCredentials;
import com.roboplanet.soconnector.sandbox.http.ApiError;
import com.roboplanet.soconnector.sandbox.http.DateText;
import com.roboplanet.soconnector.sandbox.http.HttpCall;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** The login host: token endpoint, authorize (auto-consent), OIDC discovery, JWKS, and the tenant state API. */
public final class LoginRoutes {
    private final ObjectMapper json;
    private final Tokens tokens;
    private final JwtSigner signer;
    private final SandboxState state;
    private final Supplier<String> loginUrl;

    /**
     * @param executor generates the id_token signing key in the background (see {@link JwtSigner})
     * @param loginUrl the login host's base URL, such as {@code http://127.0.0.1:PORT}: the issuer and the endpoints
     */
    public LoginRoutes(
            ObjectMapper json, Tokens tokens, Executor executor, SandboxState state, Supplier<String> loginUrl) {
        this.json = json;
        this.tokens = tokens;
        this.signer = new JwtSigner(json, executor);
        this.state = state;
        this.loginUrl = loginUrl;
    }

    /** The login route that {@code method} and the raw {@code path} name, such as {@code POST tokens}; else null. */
    public static String routeName(String method, String path) {
        if (method.equals("POST") && path.equals("/login/common/oauth/tokens")) return "POST tokens";
        if (method.equals("GET") && path.equals("/login/common/oauth/authorize")) return "GET authorize";
        if (method.equals("GET") && path.equals("/login/.well-known/openid-configuration"))
            return "GET openid-configuration";
        if (method.equals("GET") && path.equals("/login/.well-known/jwks")) return "GET jwks";
        if (method.equals("GET") && path.matches("/api/state/[^/]+")) return "GET state";
        return null;
    }

    /** Answers one login route named by {@link #routeName}. */
    public void handle(HttpCall call, String route) throws IOException {
        switch (route) {
            case "POST tokens" -> token(call);
            case "GET authorize" -> authorize(call);
            case "GET openid-configuration" -> call.sendJson(200, discovery());
            case "GET jwks" -> call.sendJson(200, signer.jwks());
            case "GET state" -> tenantState(call);
            default -> throw new IllegalStateException("route without handler: " + route);
        }
    }

    private void token(HttpCall call) throws IOException {
        call.setHeader("Cache-Control", "no-cache, no-store");
        Map<String, String> params = withBasicClient(call.params(), call.header("Authorization"));
        SandboxCredentials credentials = state.credentials();
        boolean client = same(params.get("client_id"), credentials.clientId())
                && same(params.get("client_secret"), credentials.clientSecret());
        String grant = params.getOrDefault("grant_type", "");
        String redirect = params.get("redirect_uri");
        boolean redirectOk = redirect == null || redirect.equals(credentials.redirectUri());
        if (grant.equals("refresh_token")) {
            if (!client
                    || !redirectOk
                    || state.refreshRevoked()
                    || !same(params.get("refresh_token"), credentials.refreshToken())) {
                call.sendJson(400, Map.of("error", "access_denied"));
                return;
            }
            state.onRefresh();
            call.sendJson(200, answer(false));
        } else if (grant.equals("authorization_code")) {
            if (!client || redirect == null || !redirectOk || !tokens.redeemCode(params.get("code"))) {
                call.sendJson(
                        400,
                        Map.of(
                                "error", "access_denied",
                                "error_description", "Invalid client_id/client_secret/authorization_code"));
                return;
            }
            call.sendJson(200, answer(true));
        } else {
            call.sendJson(400, Map.of("error", "access_denied", "error_description", "Unsupported grant_type"));
        }
    }

    /** client_secret_basic: the client id and secret may come in an {@code Authorization: Basic} header instead. */
    private static Map<String, String> withBasicClient(Map<String, String> params, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) return params;
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return params;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) return params;
        Map<String, String> merged = new HashMap<>(params);
        merged.putIfAbsent("client_id", URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8));
        merged.putIfAbsent("client_secret", URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
        return merged;
    }

    private Map<String, Object> answer(boolean withRefreshToken) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token_type", "Bearer");
        answer.put("access_token", tokens.issueAccessToken());
        answer.put("expires_in", tokens.lifetimeSeconds());
        if (withRefreshToken) answer.put("refresh_token", state.credentials().refreshToken());
        answer.put("id_token", signer.sign(state.idTokenClaims(loginUrl.get())));
        return answer;
    }

    private void authorize(HttpCall call) throws IOException {
        Map<String, String> params = call.params();
        SandboxCredentials credentials = state.credentials();
        if (!credentials.clientId().equals(params.get("client_id"))
                || !credentials.redirectUri().equals(params.get("redirect_uri"))) {
            call.sendJson(
                    400, Map.of("error", "access_denied", "error_description", "Unknown client_id or redirect_uri"));
            return;
        }
        String location = credentials.redirectUri() + "?code=" + tokens.issueCode()
                + (params.containsKey("state")
                        ? "&state=" + URLEncoder.encode(params.get("state"), StandardCharsets.UTF_8)
                        : "");
        call.setHeader("Location", location);
        call.send(302, "text/plain; charset=utf-8", new byte[0]);
    }

    private ObjectNode discovery() {
        String base = loginUrl.get();
        ObjectNode node = json.createObjectNode();
        node.put("issuer", base);
        node.put("authorization_endpoint", base + "/login/common/oauth/authorize");
        node.put("token_endpoint", base + "/login/common/oauth/tokens");
        node.put("jwks_uri", base + "/login/.well-known/jwks");
        node.put("end_session_endpoint", base + "/login/logout");
        node.put("revocation_endpoint", base + "/login/common/oauth/revoke");
        node.set("scopes_supported", json.valueToTree(List.of("openid")));
        node.set("response_types_supported", json.valueToTree(List.of("code", "id_token", "code id_token")));
        node.set(
                "token_endpoint_auth_methods_supported",
                json.valueToTree(List.of("client_secret_post", "client_secret_basic")));
        node.set("grant_types_supported", json.valueToTree(List.of("implicit", "authorization_code", "refresh_token")));
        node.set("id_token_signing_alg_values_supported", json.valueToTree(List.of("RS256")));
        node.set("subject_types_supported", json.valueToTree(List.of("public")));
        return node;
    }

    private void tenantState(HttpCall call) throws IOException {
        String ctx = call.path().substring("/api/state/".length());
        if (!ctx.equalsIgnoreCase(state.credentials().contextIdentifier())) {
            throw ApiError.notFound("Tenant " + ctx + " not found");
        }
        String api = state.apiBaseUrl();
        ObjectNode node = json.createObjectNode();
        node.put("ContextIdentifier", state.credentials().contextIdentifier());
        node.put("Endpoint", api.substring(0, api.length() - "/api/".length()));
        node.put("State", state.tenantState().wireName());
        node.put("IsRunning", state.tenantState().apiAvailable());
        node.put(
                "ValidUntil",
                DateText.format(LocalDateTime.now(state.clock().withZone(ZoneOffset.UTC))
                                .plusMinutes(5))
                        + "Z");
        node.put("Api", api.substring(0, api.length() - 1));
        call.sendJson(200, node);
    }

    private static boolean same(String given, String expected) {
        return given != null
                && MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
