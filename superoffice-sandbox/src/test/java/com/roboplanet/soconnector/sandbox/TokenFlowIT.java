package com.roboplanet.soconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenFlowIT {
    static SuperOfficeSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = SuperOfficeSandbox.start(SandboxOptions.defaults());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void refresh_withValidToken_returnsBearerAndSignedIdTokenWithoutRefreshToken() throws Exception {
        SandboxClient client = new SandboxClient(sandbox);
        HttpResponse<String> response = client.refresh();
        JsonNode body = SandboxClient.JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("access_token").asText())
                .startsWith("8A:" + sandbox.credentials().contextIdentifier() + ".");
        assertThat(body.get("expires_in").asInt()).isEqualTo(3600);
        assertThat(body.has("refresh_token")).isFalse();
        JsonNode claims = client.lastIdTokenClaims;
        assertThat(claims.get("http://schemes.superoffice.net/identity/webapi_url")
                        .asText())
                .isEqualTo(sandbox.apiBaseUrl())
                .endsWith("/api/");
        assertThat(claims.get("http://schemes.superoffice.net/identity/ctx").asText())
                .isEqualTo(sandbox.credentials().contextIdentifier());
        assertThat(claims.get("aud").asText()).isEqualTo(sandbox.credentials().clientId());
        assertThat(claims.get("exp").asLong()).isGreaterThan(claims.get("iat").asLong());
        assertThat(verifies(body.get("id_token").asText())).isTrue();
    }

    @Test
    void refresh_withParamsInQueryString_isAccepted() throws Exception {
        SandboxCredentials c = sandbox.credentials();
        SandboxClient client = new SandboxClient(sandbox);
        String query = SandboxClient.form(Map.of(
                "grant_type", "refresh_token",
                "client_id", c.clientId(),
                "client_secret", c.clientSecret(),
                "refresh_token", c.refreshToken()));
        HttpResponse<String> response = client.post(sandbox.loginUrl() + "/login/common/oauth/tokens?" + query, "");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void refresh_withClientSecretBasic_isAccepted() throws Exception {
        SandboxCredentials c = sandbox.credentials();
        String basic = Base64.getEncoder()
                .encodeToString((c.clientId() + ":" + c.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = new SandboxClient(sandbox)
                .http.send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(sandbox.loginUrl() + "/login/common/oauth/tokens"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(SandboxClient.form(
                                        Map.of("grant_type", "refresh_token", "refresh_token", c.refreshToken()))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void refresh_withWrongToken_answers400AccessDenied() throws Exception {
        SandboxCredentials c = sandbox.credentials();
        SandboxClient client = new SandboxClient(sandbox);
        HttpResponse<String> response = client.post(
                sandbox.loginUrl() + "/login/common/oauth/tokens",
                SandboxClient.form(Map.of(
                        "grant_type",
                        "refresh_token",
                        "client_id",
                        c.clientId(),
                        "client_secret",
                        c.clientSecret(),
                        "refresh_token",
                        "wrong")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxClient.JSON.readTree(response.body()).get("error").asText())
                .isEqualTo("access_denied");
    }

    @Test
    void authorizationCode_redeemedOnce_returnsRefreshTokenThenDenies() throws Exception {
        SandboxCredentials c = sandbox.credentials();
        SandboxClient client = new SandboxClient(sandbox);
        String code = sandbox.issueAuthorizationCode();
        String form = SandboxClient.form(Map.of(
                "grant_type", "authorization_code",
                "client_id", c.clientId(),
                "client_secret", c.clientSecret(),
                "code", code,
                "redirect_uri", c.redirectUri()));
        HttpResponse<String> first = client.post(sandbox.loginUrl() + "/login/common/oauth/tokens", form);
        HttpResponse<String> second = client.post(sandbox.loginUrl() + "/login/common/oauth/tokens", form);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(SandboxClient.JSON
                        .readTree(first.body())
                        .get("refresh_token")
                        .asText())
                .isEqualTo(c.refreshToken());
        assertThat(second.statusCode()).isEqualTo(400);
    }

    @Test
    void api_withoutOrUnknownToken_answers401() throws Exception {
        SandboxClient client = new SandboxClient(sandbox);
        client.apiBase = sandbox.apiBaseUrl();
        assertThat(client.get("v1/Sale").statusCode()).isEqualTo(401);
        client.accessToken = "8A:" + sandbox.credentials().contextIdentifier() + ".made-up";
        assertThat(client.get("v1/Sale").statusCode()).isEqualTo(401);
    }

    @Test
    void discoveryAndState_describeTheSandbox() throws Exception {
        SandboxClient client = new SandboxClient(sandbox);
        client.apiBase = sandbox.loginUrl() + "/";
        JsonNode discovery = SandboxClient.JSON.readTree(
                client.get("login/.well-known/openid-configuration").body());
        JsonNode state = SandboxClient.JSON.readTree(
                client.get("api/state/" + sandbox.credentials().contextIdentifier())
                        .body());

        assertThat(discovery.get("token_endpoint").asText())
                .isEqualTo(sandbox.loginUrl() + "/login/common/oauth/tokens");
        assertThat(state.get("State").asText()).isEqualTo("Running");
        assertThat(state.get("IsRunning").asBoolean()).isTrue();
        assertThat(state.get("Api").asText() + "/").isEqualTo(sandbox.apiBaseUrl());
    }

    @Test
    void credentials_sameSeed_areStableAcrossRestarts() {
        try (SuperOfficeSandbox again = SuperOfficeSandbox.start(SandboxOptions.defaults())) {
            assertThat(again.credentials().refreshToken())
                    .isEqualTo(sandbox.credentials().refreshToken());
            assertThat(again.credentials().clientSecret())
                    .isEqualTo(sandbox.credentials().clientSecret());
            assertThat(again.envLines()).contains("SO_ENVIRONMENT=sandbox", "SO_LOGIN_URL=" + again.loginUrl());
        }
    }

    @Test
    void credentials_toString_hidesSecrets() {
        SandboxCredentials c = sandbox.credentials();
        assertThat(c.toString()).doesNotContain(c.clientSecret()).doesNotContain(c.refreshToken());
    }

    private static boolean verifies(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        Signature signature = Signature.getInstance("SHA256withRSA");
        JsonNode jwks = SandboxClient.JSON.readTree(new SandboxClient(sandbox)
                .http
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(sandbox.loginUrl() + "/login/.well-known/jwks"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        JsonNode key = jwks.get("keys").get(0);
        java.security.spec.RSAPublicKeySpec spec = new java.security.spec.RSAPublicKeySpec(
                new java.math.BigInteger(
                        1, Base64.getUrlDecoder().decode(key.get("n").asText())),
                new java.math.BigInteger(
                        1, Base64.getUrlDecoder().decode(key.get("e").asText())));
        signature.initVerify(java.security.KeyFactory.getInstance("RSA").generatePublic(spec));
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    }
}
