package com.roboplanet.soconnector.app.progress;

/**
 * The clock progress is shown by, and whether a background ticker refreshes the line between events: injected so that
 * tests advance time themselves and need no sleeps.
 */
public interface ProgressClock {
    /** The system's monotonic clock, with a ticker thread. */
    ProgressClock SYSTEM = new ProgressClock() {
        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public boolean ticks() {
            return true;
        }
    };

    /** Nanoseconds from an arbitrary origin, never going back. */
    long nanos();

    /** Whether a background thread refreshes the display about every quarter second. */
    boolean ticks();
}
