package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BatchPacerTest {

    @ParameterizedTest
    @CsvSource({"1/s, 1000", "2/s, 500", "0.5/s, 2000", "30/min, 2000", "4, 250", "100/sec, 10", " 10 / S , 100"})
    void interval_perSecondOrPerMinute_isTheTimeBetweenMails(String rate, long millis) {
        assertThat(BatchPacer.interval(rate)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fast", "", "0/s", "0", "101/s", "1/h", "-1/s", "1e2"})
    void interval_notARateOrOutOfRange_isRefusedNamingTheOption(String rate) {
        assertThatThrownBy(() -> BatchPacer.interval(rate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--rate '" + rate + "': give mails per second or per minute, e.g. 1/s, 0.5/s or 30/min"
                        + " (more than 0, at most 100/s)");
    }

    @Test
    void awaitTurn_partOfTheIntervalPassed_waitsOnlyForTheRest() throws Exception {
        List<Duration> pauses = new ArrayList<>();
        Instant start = Instant.parse("2026-11-23T10:00:00Z");
        MutableClock clock = new MutableClock(start);
        BatchPacer pacer = new BatchPacer(Duration.ofSeconds(1), clock, pauses::add);

        pacer.awaitTurn();
        pacer.sent();
        clock.now = start.plusMillis(300);
        pacer.awaitTurn();
        clock.now = start.plusMillis(2500);
        pacer.awaitTurn();

        assertThat(pauses).containsExactly(Duration.ofMillis(700));
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
