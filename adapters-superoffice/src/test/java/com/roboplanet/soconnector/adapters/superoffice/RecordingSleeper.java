package com.roboplanet.soconnector.adapters.superoffice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records the adapter's waits instead of spending them, so fault tests assert waits, not wall time. */
final class RecordingSleeper implements Sleeper {
    private final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
    }

    synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
