package com.roboplanet.soconnector.adapters.superoffice;

import java.time.Duration;

/** Waits: injected so that tests can assert the waits without spending them. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
