package com.roboplanet.soconnector.sandbox;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/** The mutable state of a running sandbox: current API host, tenant state, refresh count, revocation. */
final class SandboxState {
    private static final String CLAIM = "http://schemes.superoffice.net/identity/";

    private final SandboxCredentials credentials;
    private final Clock clock;
    private final int moveHostOnRefresh;
    private final IntFunction<String> hostUrl;
    private final Runnable moveHost;
    private volatile int currentHost;
    private volatile TenantState tenantState = TenantState.RUNNING;
    private volatile boolean refreshRevoked;
    private volatile boolean webApiUrlInIdToken = true;
    private int refreshes;

    SandboxState(
            SandboxCredentials credentials,
            Clock clock,
            int moveHostOnRefresh,
            IntFunction<String> hostUrl,
            Runnable moveHost) {
        this.credentials = credentials;
        this.clock = clock;
        this.moveHostOnRefresh = moveHostOnRefresh;
        this.hostUrl = hostUrl;
        this.moveHost = moveHost;
    }

    void omitWebApiUrlFromIdToken() {
        webApiUrlInIdToken = false;
    }

    SandboxCredentials credentials() {
        return credentials;
    }

    Clock clock() {
        return clock;
    }

    int currentHost() {
        return currentHost;
    }

    void setCurrentHost(int host) {
        currentHost = host;
    }

    String apiBaseUrl() {
        return hostUrl.apply(currentHost) + "/" + credentials.contextIdentifier() + "/api/";
    }

    TenantState tenantState() {
        return tenantState;
    }

    void setTenantState(TenantState state) {
        tenantState = state;
    }

    boolean refreshRevoked() {
        return refreshRevoked;
    }

    void revokeRefreshToken() {
        refreshRevoked = true;
    }

    void onRefresh() {
        boolean move;
        synchronized (this) {
            refreshes++;
            move = moveHostOnRefresh > 0 && refreshes == moveHostOnRefresh;
        }
        if (move) moveHost.run();
    }

    Map<String, Object> idTokenClaims(String issuer) {
        long now = clock.instant().getEpochSecond();
        String ctx = credentials.contextIdentifier();
        String api = apiBaseUrl();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "sandbox.user@roboplanet.example");
        claims.put(CLAIM + "associateid", "1");
        claims.put(CLAIM + "identityprovider", "central-superid");
        claims.put(CLAIM + "email", "sandbox.user@roboplanet.example");
        claims.put(CLAIM + "upn", "sandbox.user@roboplanet.example");
        claims.put(CLAIM + "is_administrator", "False");
        claims.put(CLAIM + "ctx", ctx);
        claims.put(CLAIM + "company_name", "RoboPlanet Sandbox");
        claims.put(CLAIM + "serial", "0000000000");
        claims.put(CLAIM + "initials", "SB");
        claims.put(CLAIM + "so_primary_email_address", "sandbox.user@roboplanet.example");
        claims.put(CLAIM + "netserver_url", api.substring(0, api.length() - "api/".length()) + "Remote/Services86/");
        if (webApiUrlInIdToken) claims.put(CLAIM + "webapi_url", api);
        claims.put(CLAIM + "system_token", "so-connector-sandbox-" + ctx);
        claims.put("iat", now);
        claims.put("nbf", now);
        claims.put("exp", now + 3600);
        claims.put("iss", issuer);
        claims.put("aud", credentials.clientId());
        return claims;
    }
}
