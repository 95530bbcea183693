package com.roboplanet.soconnector.adapters.smtp;

import java.time.Duration;

/** Waits between attempts; injected so that tests never wait for real. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
