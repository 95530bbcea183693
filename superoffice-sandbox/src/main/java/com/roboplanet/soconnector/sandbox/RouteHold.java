package com.roboplanet.soconnector.sandbox;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Holds the next request of one tenant API route until the test releases it, so that a test knows a client is exactly
 * there: before the sandbox acts on the request ({@link SuperOfficeSandbox#holdBefore}) or after it acted and before
 * the answer goes out ({@link SuperOfficeSandbox#holdAfter}). Kill tests stop the client while it waits, then release
 * or drop the request. One-shot: only the first matching request is held. Thread-safe.
 */
public final class RouteHold {
    /** Where the request waits. */
    public enum When {
        /** The request arrived; nothing was done yet. */
        BEFORE_ACTING,
        /** The sandbox acted (created the task, stored the bytes); the answer has not gone out. */
        BEFORE_ANSWERING
    }

    /** What the held request does once the test lets it go. */
    public enum Release {
        /** Goes on as if nothing happened (the client may be gone by then). */
        PROCEED,
        /** Before acting only: the connection is closed and nothing is done, as if the request never arrived. */
        DROP
    }

    /** A test that forgets to release does not hang the sandbox for ever. */
    private static final Duration LONGEST = Duration.ofMinutes(5);

    private final String route;
    private final When when;
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch completed = new CountDownLatch(1);
    private final CompletableFuture<Release> release = new CompletableFuture<>();

    RouteHold(String route, When when) {
        this.route = route;
        this.when = when;
    }

    public String route() {
        return route;
    }

    public When when() {
        return when;
    }

    /** @return true once a request of the route is waiting; false when none came within {@code timeout} */
    public boolean awaitArrival(Duration timeout) throws InterruptedException {
        return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * @return true once the held request was handled to the end (acted on and answered, or dropped): what it did is
     *     visible from then on
     */
    public boolean awaitCompletion(Duration timeout) throws InterruptedException {
        return completed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets the held request go on. */
    public void release() {
        release.complete(Release.PROCEED);
    }

    /** Drops the held request without acting on it (only before acting: the sandbox cannot undo what it did). */
    public void drop() {
        if (when != When.BEFORE_ACTING) {
            throw new IllegalStateException("only a request held before acting can be dropped: " + route);
        }
        release.complete(Release.DROP);
    }

    /** Called by the sandbox on the request's thread: signals the arrival, then waits for the test. */
    public Release hold() {
        arrived.countDown();
        try {
            return release.get(LONGEST.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Release.PROCEED;
        } catch (ExecutionException | TimeoutException e) {
            return Release.PROCEED;
        }
    }

    /** Called by the sandbox once the held request is handled to the end. */
    public void completed() {
        completed.countDown();
    }

    @Override
    public String toString() {
        return "RouteHold[" + route + ", " + when + "]";
    }
}
