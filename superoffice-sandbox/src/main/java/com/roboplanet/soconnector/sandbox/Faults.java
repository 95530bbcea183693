package com.roboplanet.soconnector.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Faults injected into the tenant API ({@code /{ctx}/api/v1/**}), all deterministic for a given seed. Request numbers
 * count tenant API requests from 1. Zero or {@code null} switches a fault off.
 *
 * @param latency added before every tenant API answer
 * @param tokenLifetime lifetime of access tokens (the real API: one hour)
 * @param tokenMaxUses an access token expires after this many uses (0 = no limit)
 * @param rateLimitEveryNth every Nth tenant API request answers 429
 * @param rateLimitFraction this fraction of requests (seeded random) answers 429
 * @param retryAfterSeconds the {@code Retry-After} of the 429 answers; negative = no header
 * @param burstStatus the status of a failure burst (500 or 503)
 * @param burstStartRequest the first request of the burst
 * @param burstLength how many requests of the burst fail before success
 * @param moveHostOnRefresh the Nth refresh-token grant moves the tenant to another host: the old API base answers 421
 * @param malformedSalePage the Nth {@code GET Sale} page answers with a truncated JSON body
 * @param dropConnectionOnRequest the Nth tenant API request is closed without an answer
 */
public record Faults(
        Duration latency,
        Duration tokenLifetime,
        int tokenMaxUses,
        int rateLimitEveryNth,
        double rateLimitFraction,
        int retryAfterSeconds,
        int burstStatus,
        int burstStartRequest,
        int burstLength,
        int moveHostOnRefresh,
        int malformedSalePage,
        int dropConnectionOnRequest) {

    public Faults {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        if (latency.isNegative()) throw new IllegalArgumentException("fault latency must not be negative: " + latency);
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("fault tokenLifetime must be positive: " + tokenLifetime);
        }
        requireNotNegative("tokenMaxUses", tokenMaxUses);
        requireNotNegative("rateLimitEveryNth", rateLimitEveryNth);
        requireNotNegative("burstStartRequest", burstStartRequest);
        requireNotNegative("burstLength", burstLength);
        requireNotNegative("moveHostOnRefresh", moveHostOnRefresh);
        requireNotNegative("malformedSalePage", malformedSalePage);
        requireNotNegative("dropConnectionOnRequest", dropConnectionOnRequest);
        if (rateLimitFraction < 0 || rateLimitFraction > 1) {
            throw new IllegalArgumentException("fault rateLimitFraction must be within 0..1: " + rateLimitFraction);
        }
        if (burstLength > 0 && burstStatus != 500 && burstStatus != 503) {
            throw new IllegalArgumentException("fault burstStatus must be 500 or 503: " + burstStatus);
        }
    }

    private static void requireNotNegative(String name, int value) {
        if (value < 0) throw new IllegalArgumentException("fault " + name + " must not be negative: " + value);
    }

    /** No faults; tokens live one hour like the real ones. */
    public static Faults none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Faults}; everything off by default. */
    public static final class Builder {
        private Duration latency = Duration.ZERO;
        private Duration tokenLifetime = Duration.ofHours(1);
        private int tokenMaxUses;
        private int rateLimitEveryNth;
        private double rateLimitFraction;
        private int retryAfterSeconds = 1;
        private int burstStatus = 503;
        private int burstStartRequest;
        private int burstLength;
        private int moveHostOnRefresh;
        private int malformedSalePage;
        private int dropConnectionOnRequest;

        private Builder() {}

        public Builder latency(Duration value) {
            latency = value;
            return this;
        }

        public Builder tokenLifetime(Duration value) {
            tokenLifetime = value;
            return this;
        }

        public Builder tokenMaxUses(int value) {
            tokenMaxUses = value;
            return this;
        }

        /** 429 on every Nth request, with the given {@code Retry-After} (negative: no header). */
        public Builder rateLimitEveryNth(int n, int retryAfter) {
            rateLimitEveryNth = n;
            retryAfterSeconds = retryAfter;
            return this;
        }

        /** 429 on a seeded-random fraction of requests, with the given {@code Retry-After} (negative: no header). */
        public Builder rateLimitFraction(double fraction, int retryAfter) {
            rateLimitFraction = fraction;
            retryAfterSeconds = retryAfter;
            return this;
        }

        /** {@code length} requests from request number {@code start} on answer {@code status} (500 or 503). */
        public Builder burst(int status, int start, int length) {
            burstStatus = status;
            burstStartRequest = start;
            burstLength = length;
            return this;
        }

        public Builder moveHostOnRefresh(int nthRefresh) {
            moveHostOnRefresh = nthRefresh;
            return this;
        }

        public Builder malformedSalePage(int nthPage) {
            malformedSalePage = nthPage;
            return this;
        }

        public Builder dropConnectionOnRequest(int nthRequest) {
            dropConnectionOnRequest = nthRequest;
            return this;
        }

        public Faults build() {
            return new Faults(
                    latency,
                    tokenLifetime,
                    tokenMaxUses,
                    rateLimitEveryNth,
                    rateLimitFraction,
                    retryAfterSeconds,
                    burstStatus,
                    burstStartRequest,
                    burstLength,
                    moveHostOnRefresh,
                    malformedSalePage,
                    dropConnectionOnRequest);
        }
    }
}
