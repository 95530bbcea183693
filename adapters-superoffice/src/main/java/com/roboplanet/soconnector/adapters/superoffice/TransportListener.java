package com.roboplanet.soconnector.adapters.superoffice;

import java.time.Duration;

/**
 * Hears what the transport does while a command runs, for a progress display: each request as it goes out, and each
 * wait (a {@code Retry-After}, a back-off, the client-side rate limit) when it starts and ends. Called from the threads
 * that send, so an implementation must be thread-safe and quick; it must not throw.
 */
public interface TransportListener {
    /** Hears nothing. */
    TransportListener NONE = new TransportListener() {};

    /** A request of {@code kind} goes out now (retries too). */
    default void requestSent(RequestKind kind) {}

    /** A wait starts now; {@link #waitEnded} follows when it is over (also when it is interrupted). */
    default void waitStarted(Wait wait) {}

    default void waitEnded(Wait wait) {}

    /**
     * One wait.
     *
     * @param duration how long
     * @param cause why
     * @param status the HTTP status that asked for the wait (429, 503, ...), 0 for none (rate limit, dropped connection)
     * @param retry the retry the wait comes before, from 1; 0 for the rate limit
     * @param maxRetries the most retries a request gets
     */
    record Wait(Duration duration, Cause cause, int status, int retry, int maxRetries) {}

    /** Why the transport waits. */
    enum Cause {
        /** SuperOffice asked for it: a {@code Retry-After} on 429 or 503. */
        RETRY_AFTER,
        /** Exponential back-off before retrying a failed answer (5xx, 429 without {@code Retry-After}). */
        BACKOFF,
        /** Back-off before retrying a request whose connection dropped. */
        DROPPED_CONNECTION,
        /** The client-side limit {@code SO_MAX_REQUESTS_PER_SECOND}. */
        RATE_LIMIT
    }
}
