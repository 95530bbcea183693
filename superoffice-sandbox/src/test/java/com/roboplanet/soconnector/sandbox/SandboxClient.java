package com.roboplanet.soconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A tiny test client: gets a token from the sandbox and calls its API over loopback. */
final class SandboxClient {
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();
    final SuperOfficeSandbox sandbox;
    String accessToken;
    String apiBase;
    JsonNode lastIdTokenClaims;

    SandboxClient(SuperOfficeSandbox sandbox) {
        this.sandbox = sandbox;
    }

    HttpResponse<String> refresh() throws IOException, InterruptedException {
        SandboxCredentials c = sandbox.credentials();
        String form = form(Map.of(
                "grant_type", "refresh_token",
                "client_id", c.clientId(),
                "client_secret", c.clientSecret(),
                "refresh_token", c.refreshToken()));
        HttpResponse<String> response = post(sandbox.loginUrl() + "/login/common/oauth/tokens", form);
        if (response.statusCode() == 200) {
            JsonNode body = JSON.readTree(response.body());
            accessToken = body.get("access_token").asText();
            lastIdTokenClaims = claims(body.get("id_token").asText());
            apiBase = lastIdTokenClaims
                    .get("http://schemes.superoffice.net/identity/webapi_url")
                    .asText();
        }
        return response;
    }

    SandboxClient login() throws IOException, InterruptedException {
        HttpResponse<String> response = refresh();
        if (response.statusCode() != 200) throw new IllegalStateException("refresh failed: " + response.statusCode());
        return this;
    }

    static JsonNode claims(String jwt) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String relative, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(apiBase + relative)).header("Accept", "application/json");
        if (accessToken != null) builder.header("Authorization", "Bearer " + accessToken);
        if (headers.length > 0) builder.headers(headers);
        return http.send(builder.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String relative, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(apiBase + relative))
                        .header("Authorization", "Bearer " + accessToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String relative, byte[] body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(apiBase + relative))
                        .header("Authorization", "Bearer " + accessToken)
                        .header("Content-Type", "application/octet-stream")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
