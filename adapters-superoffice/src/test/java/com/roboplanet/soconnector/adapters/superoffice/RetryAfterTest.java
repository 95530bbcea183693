package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetryAfterTest {
    private static final Instant SERVER_NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = Clock.fixed(SERVER_NOW, ZoneOffset.UTC);

    private static final DateTimeFormatter IMF = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final DateTimeFormatter RFC_850 =
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US);
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

    private static String imf(Instant at) {
        return IMF.format(ZonedDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    @Test
    void parse_whenSeconds_returnsThatWait() {
        assertThat(RetryAfter.parse("7", null, clock)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(" 120 ", imf(SERVER_NOW), clock)).contains(Duration.ofSeconds(120));
    }

    /** Skews of this machine's clock against the server's, both ways, from none to a day. */
    static Stream<Arguments> skews() {
        return Stream.of(0L, 1L, 59L, 300L, 302L, 3_600L, 86_400L)
                .flatMap(s -> Stream.of(s, -s))
                .distinct()
                .flatMap(skew -> Stream.of(1L, 3L, 90L, 600L).map(wait -> Arguments.of(skew, wait)));
    }

    @ParameterizedTest(name = "local clock {0} s off, server asks for {1} s")
    @MethodSource("skews")
    void parse_whenHttpDateAndLocalClockSkewed_measuresAgainstTheServersDate(long skewSeconds, long waitSeconds) {
        Clock local = Clock.offset(clock, Duration.ofSeconds(skewSeconds));
        Instant asked = SERVER_NOW.plusSeconds(waitSeconds);
        for (String form : new String[] {
            imf(asked),
            RFC_850.format(ZonedDateTime.ofInstant(asked, ZoneOffset.UTC)),
            ASCTIME.format(ZonedDateTime.ofInstant(asked, ZoneOffset.UTC))
        }) {
            assertThat(RetryAfter.parse(form, imf(SERVER_NOW), local))
                    .as(form)
                    .contains(Duration.ofSeconds(waitSeconds));
        }
    }

    @ParameterizedTest(name = "local clock {0} s off")
    @MethodSource("skews")
    void parse_whenHttpDateNotAfterTheServersDate_fallsBackToBackoff(long skewSeconds, long agoSeconds) {
        Clock local = Clock.offset(clock, Duration.ofSeconds(skewSeconds));
        assertThat(RetryAfter.parse(imf(SERVER_NOW.minusSeconds(agoSeconds)), imf(SERVER_NOW), local))
                .isEmpty();
        assertThat(RetryAfter.parse(imf(SERVER_NOW), imf(SERVER_NOW), local)).isEmpty();
    }

    @Test
    void parse_whenNoReadableDateHeader_measuresAgainstTheLocalClock() {
        String in90 = imf(SERVER_NOW.plusSeconds(90));
        assertThat(RetryAfter.parse(in90, null, clock)).contains(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse(in90, "yesterday", clock)).contains(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse(in90, null, Clock.offset(clock, Duration.ofSeconds(100))))
                .isEmpty();
    }

    @Test
    void parse_whenZeroOrPastOrNegative_fallsBackToBackoffInsteadOfRetryingAtOnce() {
        assertThat(RetryAfter.parse("0", null, clock)).isEmpty();
        assertThat(RetryAfter.parse(" 0 ", imf(SERVER_NOW), clock)).isEmpty();
        assertThat(RetryAfter.parse("-1", null, clock)).isEmpty();
        // The date of openai-java#853: long past by any clock.
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", null, clock))
                .isEmpty();
    }

    @Test
    void parse_whenAbsentOrGarbage_returnsEmpty() {
        assertThat(RetryAfter.parse(null, null, clock)).isEmpty();
        assertThat(RetryAfter.parse("", null, clock)).isEmpty();
        assertThat(RetryAfter.parse("soon", null, clock)).isEmpty();
        assertThat(RetryAfter.parse("1.5", null, clock)).isEmpty();
    }

    @Test
    void parse_whenSecondsOverflowLong_returnsHugeWait() {
        assertThat(RetryAfter.parse("99999999999999999999999", null, clock).orElseThrow())
                .isGreaterThan(Duration.ofDays(365));
    }
}
