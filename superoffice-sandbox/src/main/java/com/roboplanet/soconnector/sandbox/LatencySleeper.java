package com.roboplanet.soconnector.sandbox;

import java.time.Duration;

/**
 * How the latency fault ({@link Faults#latency()}) waits before each tenant API answer; injected so that tests of the
 * fault need not wait for real. Not the adapter's back-off sleeper: this one only delays the simulator's answers.
 */
@FunctionalInterface
public interface LatencySleeper {
    /** Waits {@code duration}; throws when the waiting thread is interrupted (the sandbox is stopping). */
    void sleep(Duration duration) throws InterruptedException;

    /** Waits for real, with {@link Thread#sleep(long)} at millisecond resolution. */
    static LatencySleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
