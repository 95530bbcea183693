package com.roboplanet.soconnector.sandbox;

import java.time.Duration;

/** Waits; injected so that tests of the latency fault need not wait for real. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
