package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void parse_whenSeconds_returnsThatWait() {
        assertThat(RetryAfter.parse("7", clock)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
    }

    @Test
    void parse_whenHttpDate_returnsTimeUntilThen() {
        assertThat(RetryAfter.parse("Mon, 23 Nov 2026 10:01:30 GMT", clock)).contains(Duration.ofSeconds(90));
    }

    @Test
    void parse_whenHttpDateInPast_returnsZero() {
        assertThat(RetryAfter.parse("Mon, 23 Nov 2026 09:00:00 GMT", clock)).contains(Duration.ZERO);
    }

    @Test
    void parse_whenAbsentOrGarbage_returnsEmpty() {
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
        assertThat(RetryAfter.parse("", clock)).isEmpty();
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse("-3", clock)).isEmpty();
    }

    @Test
    void parse_whenSecondsOverflowLong_returnsHugeWait() {
        assertThat(RetryAfter.parse("99999999999999999999999", clock).orElseThrow())
                .isGreaterThan(Duration.ofDays(365));
    }
}
