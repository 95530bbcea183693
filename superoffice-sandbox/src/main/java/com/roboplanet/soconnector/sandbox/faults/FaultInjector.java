package com.roboplanet.soconnector.sandbox.faults;

import com.roboplanet.soconnector.sandbox.Faults;
import com.roboplanet.soconnector.sandbox.LatencySleeper;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides which of the configured {@link Faults} strikes each tenant API request. Requests and {@code GET Sale} pages
 * are counted from 1; the random 429s come from a generator seeded with the tenant seed, so a run repeats.
 * Thread-safe.
 */
public final class FaultInjector {
    /** What a tenant API request gets instead of its normal answer. */
    public enum Fault {
        /** No fault: the request goes on to the tenant state and Bearer checks. */
        NONE,
        /** The connection is closed without an answer. */
        DROP_CONNECTION,
        /** The request is inside the failure burst: {@link Faults#burstStatus()}. */
        BURST,
        /** 429, with {@link Faults#retryAfterSeconds()} as {@code Retry-After} unless it is negative. */
        RATE_LIMIT
    }

    private final Faults faults;
    private final LatencySleeper sleeper;
    private final Random random;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger salePages = new AtomicInteger();

    /** Injects {@code faults}; {@code seed} seeds the random 429s, {@code sleeper} waits the latency. */
    public FaultInjector(Faults faults, long seed, LatencySleeper sleeper) {
        this.faults = faults;
        this.sleeper = sleeper;
        this.random = new Random(seed);
    }

    /**
     * Counts one tenant API request and decides its fault. Waits the configured latency first, except for a request
     * whose connection is dropped.
     */
    public Fault next() throws InterruptedException {
        int number = requests.incrementAndGet();
        if (number == faults.dropConnectionOnRequest()) return Fault.DROP_CONNECTION;
        if (!faults.latency().isZero()) sleeper.sleep(faults.latency());
        if (faults.burstLength() > 0
                && number >= faults.burstStartRequest()
                && number < faults.burstStartRequest() + faults.burstLength()) {
            return Fault.BURST;
        }
        return rateLimited(number) ? Fault.RATE_LIMIT : Fault.NONE;
    }

    /** Counts one {@code GET Sale} page that is about to be answered; true for the page whose body is cut short. */
    public boolean truncateSalePage() {
        return salePages.incrementAndGet() == faults.malformedSalePage();
    }

    private boolean rateLimited(int number) {
        if (faults.rateLimitEveryNth() > 0 && number % faults.rateLimitEveryNth() == 0) return true;
        if (faults.rateLimitFraction() <= 0) return false;
        synchronized (random) {
            return random.nextDouble() < faults.rateLimitFraction();
        }
    }
}
