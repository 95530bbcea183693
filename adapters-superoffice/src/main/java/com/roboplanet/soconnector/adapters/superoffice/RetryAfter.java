package com.roboplanet.soconnector.adapters.superoffice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.apache.hc.client5.http.utils.DateUtils;

/**
 * The {@code Retry-After} header (RFC 9110 §10.2.3): delay seconds or an HTTP date. A date is on the server's clock, so
 * it is measured against the same answer's {@code Date} header (RFC 9110 §6.6.1), and against this machine's clock only
 * when the answer has no readable {@code Date}: a local clock minutes off would otherwise turn "in 3 s" into "in 5
 * minutes" or "now". The three HTTP-date forms recipients must accept (RFC 9110 §5.6.7): IMF-fixdate and RFC 850 are
 * read with HttpClient's {@link DateUtils}, asctime (which it does not read) here.
 */
final class RetryAfter {
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

    private RetryAfter() {}

    /**
     * The wait the header asks for; empty when it is absent, unreadable, zero or a date that has passed (then back-off
     * decides, so that a server or clock that keeps saying "now" cannot make an immediate retry loop).
     *
     * @param date the answer's {@code Date} header, may be null
     */
    static Optional<Duration> parse(String header, String date, Clock clock) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        Duration wait;
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                wait = Duration.ofSeconds(Long.parseLong(value));
            } catch (NumberFormatException e) {
                wait = Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L);
            }
        } else {
            Instant at = httpDate(value);
            if (at == null) {
                return Optional.empty();
            }
            wait = Duration.between(serverNow(date, clock), at);
        }
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** The server's time of the answer: its {@code Date} header, else this machine's clock. */
    private static Instant serverNow(String date, Clock clock) {
        Instant serverTime = date == null ? null : httpDate(date.strip());
        return serverTime != null ? serverTime : clock.instant();
    }

    /** An HTTP-date in any of its three forms, or null. */
    static Instant httpDate(String text) {
        Instant at = DateUtils.parseStandardDate(text);
        if (at != null) {
            return at;
        }
        try {
            // asctime pads a one-digit day with a blank: "Sun Nov  6 08:49:37 1994".
            return ASCTIME.parse(text.strip().replaceAll(" +", " "), Instant::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
