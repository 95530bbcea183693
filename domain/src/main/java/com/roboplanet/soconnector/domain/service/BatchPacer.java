package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.port.out.Pause;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a batch to a rate: before each send it waits until one interval has passed since the previous send. Rows
 * that sent nothing (already done, failed) do not count, so a re-run skips through finished rows at full speed.
 */
final class BatchPacer {
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:/\\s*(s|sec|min))?");
    private static final double MAX_PER_SECOND = 100;

    private final Duration interval;
    private final Clock clock;
    private final Pause pause;
    private Instant last;

    BatchPacer(Duration interval, Clock clock, Pause pause) {
        this.interval = interval;
        this.clock = clock;
        this.pause = pause;
    }

    /**
     * {@code 1/s}, {@code 0.5/s}, {@code 30/min}, or a bare number per second.
     *
     * @throws IllegalArgumentException naming {@code --rate} for anything else, nothing or more than 100 a second
     */
    static Duration interval(String rate) {
        Matcher m = RATE.matcher(rate.strip().toLowerCase(Locale.ROOT));
        double perSecond = m.matches() ? Double.parseDouble(m.group(1)) / ("min".equals(m.group(2)) ? 60 : 1) : 0;
        if (perSecond <= 0 || perSecond > MAX_PER_SECOND) {
            throw new IllegalArgumentException(
                    "--rate '" + rate + "': give mails per second or per minute, e.g. 1/s, 0.5/s"
                            + " or 30/min (more than 0, at most " + (int) MAX_PER_SECOND + "/s)");
        }
        return Duration.ofNanos(Math.round(1e9 / perSecond));
    }

    void awaitTurn() {
        if (last == null) {
            return;
        }
        Duration wait = Duration.between(clock.instant(), last.plus(interval));
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        try {
            pause.pause(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pacing the batch", e);
        }
    }

    void sent() {
        last = clock.instant();
    }
}
