package com.roboplanet.soconnector.sandbox.login;

import com.roboplanet.soconnector.sandbox.Faults;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Issues and checks access tokens and authorization codes. Tokens are opaque like the real ones. */
public final class Tokens {
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    private static final class Issued {
        final Instant expires;
        int uses;

        Issued(Instant expires) {
            this.expires = expires;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> codes = new ConcurrentHashMap<>();
    private final String contextIdentifier;
    private final Clock clock;
    private final Faults faults;

    /** Tokens for tenant {@code contextIdentifier}, living {@link Faults#tokenLifetime()} by {@code clock}. */
    public Tokens(String contextIdentifier, Clock clock, Faults faults) {
        this.contextIdentifier = contextIdentifier;
        this.clock = clock;
        this.faults = faults;
    }

    String randomSecret(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    String issueAccessToken() {
        String token = "8A:" + contextIdentifier + "." + randomSecret(24);
        accessTokens.put(token, new Issued(clock.instant().plus(faults.tokenLifetime())));
        return token;
    }

    long lifetimeSeconds() {
        return faults.tokenLifetime().toSeconds();
    }

    /** Counts one use; false when the token is unknown, expired, or used up. */
    public boolean use(String token) {
        Issued issued = accessTokens.get(token);
        if (issued == null || !clock.instant().isBefore(issued.expires)) return false;
        synchronized (issued) {
            if (faults.tokenMaxUses() > 0 && issued.uses >= faults.tokenMaxUses()) return false;
            issued.uses++;
        }
        return true;
    }

    /** Forgets every access token issued so far: each answers 401 from now on. */
    public void expireAll() {
        accessTokens.clear();
    }

    /** A new authorization code, valid once for ten minutes. */
    public String issueCode() {
        String code = randomSecret(18);
        codes.put(code, clock.instant().plus(CODE_LIFETIME));
        return code;
    }

    /** Redeems a code once; false when unknown, used or older than ten minutes. */
    boolean redeemCode(String code) {
        Instant expires = code == null ? null : codes.remove(code);
        return expires != null && clock.instant().isBefore(expires);
    }
}
