package com.roboplanet.soconnector.app.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.adapters.superoffice.RequestKind;
import com.roboplanet.soconnector.adapters.superoffice.TransportListener.Cause;
import com.roboplanet.soconnector.adapters.superoffice.TransportListener.Wait;
import com.roboplanet.soconnector.app.Console;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsoleProgressTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private volatile long now;
    private final ProgressClock clock = new ProgressClock() {
        @Override
        public long nanos() {
            return now;
        }

        @Override
        public boolean ticks() {
            return false;
        }
    };

    private ConsoleProgress progress(ProgressMode mode) {
        return new ConsoleProgress(new Console(new PrintWriter(out, true), new PrintWriter(err, true)), mode, clock);
    }

    private void advance(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void lines_notATerminal_aLineEveryTenSecondsAndOneAtTheEnd() {
        ConsoleProgress progress = progress(ProgressMode.LINES);
        progress.started(0);
        for (int sale = 1; sale <= 250; sale++) {
            advance(100);
            progress.saleRead(sale, sale / 2);
        }
        progress.finished(250, 125);

        List<String> lines = err.toString().lines().toList();
        // 25 s: lines at 10 s and 20 s, then the end.
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("Sales read 100, rows 50, requests 0, 0:00:10 elapsed");
        assertThat(lines.get(2)).isEqualTo("Sales read 250, rows 125, requests 0, 0:00:25 elapsed, done");
        assertThat(err.toString()).doesNotContain("\r");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void live_aTerminal_rewritesOneLineInPlaceAtLeastOnceASecond() {
        ConsoleProgress progress = progress(ProgressMode.LIVE);
        progress.started(1000);
        for (int sale = 1; sale <= 40; sale++) {
            advance(100);
            progress.requestSent(RequestKind.SALE_PAGE);
            progress.saleRead(sale, sale);
        }
        progress.finished(40, 40);

        String shown = err.toString();
        long rewrites = shown.chars().filter(c -> c == '\r').count();
        assertThat(rewrites).isBetween(4L * 1 + 1, 40L);
        // The last line is padded with spaces over what the longer line before it left on the terminal.
        assertThat(shown.stripTrailing()).endsWith(", done");
        assertThat(shown).endsWith("\n").contains("of at most 1,000").contains("left");
        assertThat(shown.chars().filter(c -> c == '\n').count()).isEqualTo(1);
    }

    @Test
    void finished_aRunTooShortForALine_showsNothing() {
        ConsoleProgress progress = progress(ProgressMode.LINES);
        progress.started(0);
        advance(500);
        progress.saleRead(1, 1);
        progress.finished(1, 1);

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void off_quiet_showsNothingEvenForAWait() {
        ConsoleProgress progress = progress(ProgressMode.OFF);
        progress.started(0);
        progress.waitStarted(new Wait(Duration.ofSeconds(60), Cause.RETRY_AFTER, 429, 1, 5));
        advance(20_000);
        progress.saleRead(10, 10);
        progress.finished(10, 10);

        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0} of {1} ms")
    @CsvSource({
        "RETRY_AFTER, 60000, 429, 'SuperOffice asked to wait 60 s (429), retry 1 of 5'",
        "BACKOFF, 4200, 503, SuperOffice answered 503; waiting 4 s before retry 1 of 5",
        "DROPPED_CONNECTION, 3000, 0, The connection to SuperOffice dropped; waiting 3 s before retry 1 of 5",
        "RATE_LIMIT, 2500, 0, Waiting 3 s to stay within SO_MAX_REQUESTS_PER_SECOND (from now on such waits show in the"
                + " progress line only)"
    })
    void waitStarted_longerThanTwoSeconds_isAnnouncedWhenItStarts(
            Cause cause, long millis, int status, String announcement) {
        ConsoleProgress progress = progress(ProgressMode.LINES);
        progress.started(0);
        progress.waitStarted(new Wait(Duration.ofMillis(millis), cause, status, 1, 5));

        assertThat(err.toString().lines()).containsExactly(announcement);
    }

    @Test
    void waitStarted_theRateLimitAgain_isNotAnnouncedTwiceWhileRetryWaitsAre() {
        ConsoleProgress progress = progress(ProgressMode.LINES);
        progress.started(0);
        for (int i = 0; i < 3; i++) {
            progress.waitStarted(new Wait(Duration.ofSeconds(4), Cause.RATE_LIMIT, 0, 0, 5));
            progress.waitStarted(new Wait(Duration.ofSeconds(3), Cause.RETRY_AFTER, 429, i + 1, 5));
        }

        assertThat(err.toString().lines())
                .filteredOn(line -> line.contains("SO_MAX_REQUESTS_PER_SECOND"))
                .hasSize(1);
        assertThat(err.toString().lines())
                .filteredOn(line -> line.startsWith("SuperOffice asked to wait 3 s (429)"))
                .hasSize(3);
    }

    @Test
    void waitStarted_twoSecondsOrLess_isShownInTheLineOnly() {
        ConsoleProgress progress = progress(ProgressMode.LINES);
        progress.started(0);
        Wait wait = new Wait(Duration.ofSeconds(2), Cause.RETRY_AFTER, 429, 1, 5);
        progress.waitStarted(wait);
        assertThat(err.toString()).isEmpty();
        advance(10_500);
        progress.saleRead(3, 1);

        assertThat(err.toString().lines()).singleElement().asString().contains("waiting 0 s (429, Retry-After)");
        progress.waitEnded(wait);
    }

    @Test
    void events_fromManyThreads_neverInterleaveWithinALine() throws InterruptedException {
        ConsoleProgress progress = progress(ProgressMode.LINES);
        progress.started(0);
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    synchronized (this) {
                        advance(50);
                    }
                    progress.requestSent(RequestKind.QUOTE_LINE_PAGE);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) thread.join();
        progress.finished(0, 0);

        assertThat(err.toString().lines())
                .isNotEmpty()
                .allMatch(line ->
                        line.matches("Sales read 0, rows 0, requests [\\d,]+, \\d+:\\d\\d:\\d\\d elapsed(, done)?"));
        assertThat(Arrays.asList(err.toString().split("\n")).get(0)).startsWith("Sales read 0");
    }
}
