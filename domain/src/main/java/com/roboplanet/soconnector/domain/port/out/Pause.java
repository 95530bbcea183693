package com.roboplanet.soconnector.domain.port.out;

import java.time.Duration;

/** Waits between the mails of a batch; a port so that tests never wait for real. */
@FunctionalInterface
public interface Pause {
    void pause(Duration duration) throws InterruptedException;
}
