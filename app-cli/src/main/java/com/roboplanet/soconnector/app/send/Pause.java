package com.roboplanet.soconnector.app.send;

import java.time.Duration;

/** Waits between the mails of a batch; injected so that tests never wait for real. */
@FunctionalInterface
public interface Pause {
    Pause REAL = duration -> Thread.sleep(duration.toMillis());

    void pause(Duration duration) throws InterruptedException;
}
