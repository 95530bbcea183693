package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The two claims the connector reads from the id_token. The signature is not verified: the token comes
 * straight from the token endpoint over TLS (docs/adr/0003-id-token-signature.md).
 */
record IdTokenClaims(String contextIdentifier, String webApiUrl) {
    static final String CTX = "http://schemes.superoffice.net/identity/ctx";
    static final String WEBAPI_URL = "http://schemes.superoffice.net/identity/webapi_url";

    /** The claims, or empty when the token is absent or not a readable JWT (discovery then asks the state API). */
    static Optional<IdTokenClaims> read(String idToken) {
        if (idToken == null || idToken.isBlank()) {
            return Optional.empty();
        }
        String[] parts = idToken.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            JsonNode claims = Json.MAPPER.readTree(new String(payload, StandardCharsets.UTF_8));
            if (claims == null || !claims.isObject()) {
                return Optional.empty();
            }
            return Optional.of(new IdTokenClaims(text(claims, CTX), text(claims, WEBAPI_URL)));
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    Optional<URI> apiBase() {
        if (webApiUrl.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SuperOfficeSettings.withTrailingSlash(URI.create(webApiUrl)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode claims, String name) {
        JsonNode value = claims.get(name);
        return value == null || value.isNull() ? "" : value.asText().strip();
    }
}
