package com.roboplanet.soconnector.adapters.superoffice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces requests at least {@code 1 / rate} seconds apart. Each caller reserves the next free slot under
 * the lock and waits outside it, so concurrent callers queue in order without holding the lock while
 * sleeping.
 */
final class RateLimiter {
    private final Duration interval;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant nextFree = Instant.MIN;

    RateLimiter(double requestsPerSecond, Clock clock, Sleeper sleeper) {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, was " + requestsPerSecond);
        }
        this.interval = Duration.ofNanos((long) (1_000_000_000L / requestsPerSecond));
        this.clock = clock;
        this.sleeper = sleeper;
    }

    void acquire() throws InterruptedException {
        Duration wait = reserve();
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    /**
     * Reserves the next free slot and returns how long to wait for it (zero when it is now), for a caller that waits
     * itself (and tells someone about it).
     */
    synchronized Duration reserve() {
        Instant now = clock.instant();
        Instant slot = nextFree.isAfter(now) ? nextFree : now;
        nextFree = slot.plus(interval);
        return Duration.between(now, slot);
    }
}
