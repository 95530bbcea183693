package com.roboplanet.soconnector.sandbox.login;

import com.roboplanet.soconnector.sandbox.SandboxCredentials;
import com.roboplanet.soconnector.sandbox.TenantState;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/** The mutable state of a running sandbox: current API host, tenant state, refresh count, revocation. */
public final class SandboxState {
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

    /**
     * @param moveHostOnRefresh the refresh-token grant that moves the tenant ({@link
     *     com.roboplanet.soconnector.sandbox.Faults#moveHostOnRefresh()}; 0 = never)
     * @param hostUrl the base URL of listener {@code n}, such as {@code http://127.0.0.1:PORT}
     * @param moveHost opens a new listener and makes it the current host
     */
    public SandboxState(
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

    /** From now on id_tokens carry no {@code webapi_url} claim. */
    public void omitWebApiUrlFromIdToken() {
        webApiUrlInIdToken = false;
    }

    /** The tenant's credentials; they never change while the sandbox runs. */
    public SandboxCredentials credentials() {
        return credentials;
    }

    Clock clock() {
        return clock;
    }

    /** The listener that serves the tenant API now (0 = the first). */
    public int currentHost() {
        return currentHost;
    }

    /** Makes listener {@code host} serve the tenant API; the others answer 421 from now on. */
    public void setCurrentHost(int host) {
        currentHost = host;
    }

    /** The login host's base URL, such as {@code http://127.0.0.1:PORT}. */
    public String loginUrl() {
        return hostUrl.apply(0);
    }

    /** The current {@code webapi_url}: {@code http://127.0.0.1:PORT/{ctx}/api/}. */
    public String apiBaseUrl() {
        return hostUrl.apply(currentHost) + "/" + credentials.contextIdentifier() + "/api/";
    }

    /** What the state API reports; without an API, tenant calls answer 503. */
    public TenantState tenantState() {
        return tenantState;
    }

    /** Sets what the state API reports. */
    public void setTenantState(TenantState state) {
        tenantState = state;
    }

    boolean refreshRevoked() {
        return refreshRevoked;
    }

    /** From now on the refresh token is refused. */
    public void revokeRefreshToken(boolean revoked) {
        refreshRevoked = revoked;
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
