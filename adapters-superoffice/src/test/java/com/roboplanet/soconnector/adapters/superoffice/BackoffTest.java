package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration BASE = Duration.ofMillis(500);
    private static final Duration CAP = Duration.ofSeconds(30);

    @Test
    void delay_whenRandomNearOne_doublesPerRetryUpToCap() {
        Backoff backoff = new Backoff(BASE, CAP, () -> 0.999_999);
        assertThat(backoff.delay(0)).isEqualTo(Duration.ofMillis(499));
        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(999));
        assertThat(backoff.delay(3)).isEqualTo(Duration.ofMillis(3_999));
        assertThat(backoff.delay(10)).isEqualTo(Duration.ofMillis(29_999));
        assertThat(backoff.delay(62)).isEqualTo(Duration.ofMillis(29_999));
    }

    @Test
    void delay_whenRandomIsZero_waitsNothing() {
        assertThat(new Backoff(BASE, CAP, () -> 0.0).delay(4)).isZero();
    }

    @Test
    void delay_withHalfRandom_isHalfTheCeiling() {
        assertThat(new Backoff(BASE, CAP, () -> 0.5).delay(2)).isEqualTo(Duration.ofMillis(1_000));
    }
}
