package com.roboplanet.soconnector.app.progress;

import com.roboplanet.soconnector.adapters.superoffice.RequestKind;
import com.roboplanet.soconnector.adapters.superoffice.TransportListener;
import com.roboplanet.soconnector.adapters.superoffice.TransportListener.Cause;
import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.domain.port.out.ReportProgress;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows a report run's progress on stderr (ADR 0017): sales read (of at most how many, with {@code --limit}), report
 * rows, requests, the current wait and its reason, time elapsed and left. On a terminal one line is rewritten in place
 * at least once a second; elsewhere a plain line at least every 10 s and one at the end (a run too short for a line
 * shows none, and its summary follows at once). A wait longer than 2 s is
 * announced on its own line when it starts ("SuperOffice asked to wait 60 s (429), retry 1 of 5"). Nothing goes to
 * stdout, where results are.
 *
 * <p>The domain tells it sales and rows ({@link ReportProgress}), the SuperOffice adapter requests and waits
 * ({@link TransportListener}); they call from different threads, so every method is synchronized and quick.
 */
@Singleton
public final class ConsoleProgress implements ReportProgress, TransportListener {
    static final long LIVE_EVERY = TimeUnit.MILLISECONDS.toNanos(250);
    static final long LINE_EVERY = TimeUnit.SECONDS.toNanos(10);
    static final Duration ANNOUNCE_ABOVE = Duration.ofSeconds(2);

    private final PrintWriter err;
    private final ProgressMode mode;
    private final ProgressClock clock;
    private boolean running;
    private long start;
    private long lastShown;
    private long atMost;
    private long sales;
    private long rows;
    private long requests;
    private Wait waiting;
    private long waitStarted;
    private int shownWidth;
    private boolean shown;
    private boolean paceAnnounced;
    private ScheduledExecutorService ticker;

    @Inject
    public ConsoleProgress(Console console, ProgressMode mode, ProgressClock clock) {
        this.err = console.err();
        this.mode = mode;
        this.clock = clock;
    }

    @Override
    public synchronized void started(long atMost) {
        if (mode == ProgressMode.OFF) return;
        this.atMost = atMost;
        running = true;
        start = clock.nanos();
        lastShown = start;
        if (clock.ticks()) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(this::tick, 250, 250, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void saleRead(long salesRead, long rowsWritten) {
        sales = salesRead;
        rows = rowsWritten;
        tick();
    }

    @Override
    public synchronized void finished(long salesRead, long rowsWritten) {
        if (!running) return;
        sales = salesRead;
        rows = rowsWritten;
        waiting = null;
        running = false;
        if (ticker != null) ticker.shutdownNow();
        // A run too short to have shown a line ends without one: its summary (or error) follows at once.
        if (!shown) return;
        if (mode == ProgressMode.LIVE) {
            err.print("\r" + padded(line("done")) + "\n");
        } else {
            err.println(line("done"));
        }
        err.flush();
    }

    @Override
    public synchronized void requestSent(RequestKind kind) {
        requests++;
        tick();
    }

    @Override
    public synchronized void waitStarted(Wait wait) {
        waiting = wait;
        waitStarted = clock.nanos();
        // The rate limit is the connector's own pace: with several requests queued at a low SO_MAX_REQUESTS_PER_SECOND
        // every one waits that long, so it is announced once and then shown in the line only.
        boolean repeatedPace = wait.cause() == Cause.RATE_LIMIT && paceAnnounced;
        if (running && wait.duration().compareTo(ANNOUNCE_ABOVE) > 0 && !repeatedPace) {
            announce(announcement(wait));
            paceAnnounced |= wait.cause() == Cause.RATE_LIMIT;
        }
        tick();
    }

    @Override
    public synchronized void waitEnded(Wait wait) {
        if (waiting == wait) waiting = null;
    }

    /** Shows the line if it is due: called on every event and, with a ticking clock, four times a second. */
    synchronized void tick() {
        if (!running) return;
        long now = clock.nanos();
        if (mode == ProgressMode.LIVE && now - lastShown >= LIVE_EVERY) {
            err.print("\r" + padded(line("")));
            err.flush();
            lastShown = now;
            shown = true;
        } else if (mode == ProgressMode.LINES && now - lastShown >= LINE_EVERY) {
            err.println(line(""));
            err.flush();
            lastShown = now;
            shown = true;
        }
    }

    /** "SuperOffice asked to wait 60 s (429), retry 1 of 5", and the like for the other causes. */
    static String announcement(Wait wait) {
        long seconds = Math.max(1, Math.round(wait.duration().toMillis() / 1000.0));
        return switch (wait.cause()) {
            case RETRY_AFTER ->
                "SuperOffice asked to wait " + seconds + " s (" + wait.status() + "), retry " + wait.retry() + " of "
                        + wait.maxRetries();
            case BACKOFF ->
                "SuperOffice answered " + wait.status() + "; waiting " + seconds + " s before retry " + wait.retry()
                        + " of " + wait.maxRetries();
            case DROPPED_CONNECTION ->
                "The connection to SuperOffice dropped; waiting " + seconds + " s before retry " + wait.retry() + " of "
                        + wait.maxRetries();
            case RATE_LIMIT ->
                "Waiting " + seconds + " s to stay within SO_MAX_REQUESTS_PER_SECOND (from now on such"
                        + " waits show in the progress line only)";
        };
    }

    private void announce(String text) {
        shown = true;
        if (mode == ProgressMode.LIVE) {
            err.print("\r" + padded(text) + "\n");
        } else {
            err.println(text);
        }
        err.flush();
    }

    private String line(String state) {
        long now = clock.nanos();
        long elapsed = now - start;
        StringBuilder line = new StringBuilder("Sales read ").append(String.format(Locale.ROOT, "%,d", sales));
        if (atMost > 0) line.append(String.format(Locale.ROOT, " of at most %,d", atMost));
        line.append(String.format(Locale.ROOT, ", rows %,d, requests %,d", rows, requests));
        if (waiting != null) {
            long left = Math.max(0, waiting.duration().toNanos() - (now - waitStarted));
            line.append(", waiting ")
                    .append(seconds(left))
                    .append(" (")
                    .append(reason(waiting))
                    .append(')');
        }
        line.append(", ").append(clockText(elapsed)).append(" elapsed");
        if (!state.isEmpty()) {
            line.append(", ").append(state);
        } else if (atMost > 0 && sales > 0 && sales < atMost) {
            long eta = (long) ((double) elapsed / sales * (atMost - sales));
            line.append(", about ").append(clockText(eta)).append(" left");
        }
        return line.toString();
    }

    private static String reason(Wait wait) {
        return switch (wait.cause()) {
            case RETRY_AFTER -> wait.status() + ", Retry-After";
            case BACKOFF -> wait.status() + ", back-off";
            case DROPPED_CONNECTION -> "dropped connection";
            case RATE_LIMIT -> "rate limit";
        };
    }

    /** The line padded with spaces over what the previous one left on the terminal. */
    private String padded(String text) {
        int width = shownWidth;
        shownWidth = text.length();
        return width > text.length() ? text + " ".repeat(width - text.length()) : text;
    }

    private static String seconds(long nanos) {
        return Math.max(0, Math.round(nanos / 1e9)) + " s";
    }

    private static String clockText(long nanos) {
        long seconds = nanos / 1_000_000_000L;
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
