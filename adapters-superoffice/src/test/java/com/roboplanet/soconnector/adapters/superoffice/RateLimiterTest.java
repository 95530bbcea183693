package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock that only moves when the limiter sleeps, so the test measures the limiter, not the machine. */
    private static final class FakeTime extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        final List<Duration> sleeps = new ArrayList<>();

        void sleep(Duration d) {
            sleeps.add(d);
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void acquire_whenCalledBackToBack_spacesCallsByInterval() throws InterruptedException {
        FakeTime time = new FakeTime();
        RateLimiter limiter = new RateLimiter(10, time, time::sleep);
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }
        assertThat(time.sleeps).containsOnly(Duration.ofMillis(100)).hasSize(4);
    }

    @Test
    void acquire_afterIdlePeriod_doesNotWait() throws InterruptedException {
        FakeTime time = new FakeTime();
        RateLimiter limiter = new RateLimiter(2, time, time::sleep);
        limiter.acquire();
        time.now = time.now.plusSeconds(5);
        limiter.acquire();
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void acquire_whenTenCallsAtTenPerSecond_takesNineIntervals() throws InterruptedException {
        FakeTime time = new FakeTime();
        Instant start = time.now;
        RateLimiter limiter = new RateLimiter(10, time, time::sleep);
        for (int i = 0; i < 10; i++) {
            limiter.acquire();
        }
        assertThat(Duration.between(start, time.now)).isEqualTo(Duration.ofMillis(900));
    }

    @Test
    void create_whenRateNotPositive_fails() {
        assertThatThrownBy(() -> new RateLimiter(0, Clock.systemUTC(), d -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
