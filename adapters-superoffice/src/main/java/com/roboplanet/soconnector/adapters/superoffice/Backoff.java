package com.roboplanet.soconnector.adapters.superoffice;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with full jitter (a uniform wait between zero and the exponential cap), so that
 * many clients rejected together do not return together.
 */
final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final DoubleSupplier random;

    /** @param random uniform in [0, 1): injected so tests can pin the jitter */
    Backoff(Duration base, Duration cap, DoubleSupplier random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < base <= cap, was " + base + " and " + cap);
        }
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The wait before retry number {@code retry} (0 for the first retry). */
    Duration delay(int retry) {
        long capMillis = cap.toMillis();
        long ceiling = retry >= 30 ? capMillis : Math.min(capMillis, base.toMillis() << retry);
        if (ceiling <= 0) {
            ceiling = capMillis;
        }
        return Duration.ofMillis((long) (random.getAsDouble() * ceiling));
    }
}
