package com.roboplanet.soconnector.sandbox;

import java.util.Objects;

/** Working credentials for the sandbox tenant. {@link #toString()} hides the secrets. */
public record SandboxCredentials(
        String clientId, String clientSecret, String refreshToken, String redirectUri, String contextIdentifier) {

    public SandboxCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(contextIdentifier, "contextIdentifier");
    }

    @Override
    public String toString() {
        return "SandboxCredentials[clientId=" + clientId + ", clientSecret=***, refreshToken=***, redirectUri="
                + redirectUri + ", contextIdentifier=" + contextIdentifier + "]";
    }
}
