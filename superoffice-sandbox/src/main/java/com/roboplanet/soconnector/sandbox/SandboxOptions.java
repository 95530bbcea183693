package com.roboplanet.soconnector.sandbox;

import java.time.Clock;
import java.util.Objects;

/**
 * How to start a {@link SuperOfficeSandbox}. Build with {@link #builder()}.
 *
 * @param port the listening port on 127.0.0.1; 0 picks a free one
 * @param seed the tenant seed: the same seed gives the same tenant and the same random faults
 * @param salesCount how many sales the generated tenant has (1..1,000,000)
 * @param profile what the tenant grants the API user
 * @param smtpHost the SMTP host the EMail agent relays to in the {@link Profile#FULL} profile ({@code null}: none)
 * @param smtpPort its port
 * @param invalidQueryStatus the status of an archive query with an unknown column or a rejected operator: the real
 *     code is undocumented; 500 (the default) is what third parties saw for unsupported parameters, 400 is the other
 *     plausible answer
 * @param quoteLineColumnsAllowed whether the tenant lets FindSale select {@code quote/...} columns
 * @param faults injected faults
 * @param scenarios data scenarios
 * @param clock the sandbox's clock (token expiry, created dates)
 * @param sleeper how the latency fault waits
 * @param contextIdentifier the tenant's context identifier ({@code Cust12345}); the builder derives it from the seed
 *     unless told otherwise, so that a second sandbox with the same data can stand for a second tenant
 */
public record SandboxOptions(
        int port,
        long seed,
        int salesCount,
        Profile profile,
        String smtpHost,
        int smtpPort,
        int invalidQueryStatus,
        boolean quoteLineColumnsAllowed,
        Faults faults,
        Scenarios scenarios,
        Clock clock,
        LatencySleeper sleeper,
        String contextIdentifier) {

    public static final int MAX_SALES = 1_000_000;

    public SandboxOptions {
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("sandbox port must be 0..65535: " + port);
        if (salesCount < 1 || salesCount > MAX_SALES) {
            throw new IllegalArgumentException("sandbox sales count must be 1.." + MAX_SALES + ": " + salesCount);
        }
        Objects.requireNonNull(profile, "profile");
        if (smtpHost != null && (smtpPort < 1 || smtpPort > 65_535)) {
            throw new IllegalArgumentException("sandbox SMTP port must be 1..65535: " + smtpPort);
        }
        if (invalidQueryStatus != 400 && invalidQueryStatus != 500) {
            throw new IllegalArgumentException("sandbox invalidQueryStatus must be 400 or 500: " + invalidQueryStatus);
        }
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(scenarios, "scenarios");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        if (contextIdentifier == null || !contextIdentifier.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("sandbox context identifier must be 1-64 letters, digits, '.', '-' or"
                    + " '_': " + contextIdentifier);
        }
    }

    /** The context identifier a seed gives when none is named: {@code Cust} and five digits. */
    public static String contextIdentifierOf(long seed) {
        return "Cust" + (10_000 + Math.floorMod(seed, 90_000));
    }

    public static SandboxOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SandboxOptions}: dynamic port, seed 42, 2,000 sales, restricted profile, no faults. */
    public static final class Builder {
        private int port;
        private long seed = 42;
        private int salesCount = 2_000;
        private Profile profile = Profile.RESTRICTED;
        private String smtpHost;
        private int smtpPort;
        private int invalidQueryStatus = 500;
        private boolean quoteLineColumnsAllowed = true;
        private Faults faults = Faults.none();
        private Scenarios scenarios = Scenarios.none();
        private Clock clock = Clock.systemUTC();
        private LatencySleeper sleeper = LatencySleeper.system();
        private String contextIdentifier;

        private Builder() {}

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder salesCount(int value) {
            salesCount = value;
            return this;
        }

        public Builder profile(Profile value) {
            profile = value;
            return this;
        }

        public Builder smtp(String host, int smtpPortNumber) {
            smtpHost = host;
            smtpPort = smtpPortNumber;
            return this;
        }

        public Builder invalidQueryStatus(int value) {
            invalidQueryStatus = value;
            return this;
        }

        public Builder quoteLineColumnsAllowed(boolean value) {
            quoteLineColumnsAllowed = value;
            return this;
        }

        public Builder faults(Faults value) {
            faults = value;
            return this;
        }

        public Builder scenarios(Scenarios value) {
            scenarios = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder sleeper(LatencySleeper value) {
            sleeper = value;
            return this;
        }

        /** Names the tenant, e.g. {@code Cust20001}, instead of deriving it from the seed. */
        public Builder contextIdentifier(String value) {
            contextIdentifier = value;
            return this;
        }

        public SandboxOptions build() {
            return new SandboxOptions(
                    port,
                    seed,
                    salesCount,
                    profile,
                    smtpHost,
                    smtpPort,
                    invalidQueryStatus,
                    quoteLineColumnsAllowed,
                    faults,
                    scenarios,
                    clock,
                    sleeper,
                    contextIdentifier == null ? contextIdentifierOf(seed) : contextIdentifier);
        }
    }
}
