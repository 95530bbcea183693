package com.roboplanet.soconnector.adapters.smtp;

import com.roboplanet.soconnector.domain.model.EmailAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The relay to send through.
 *
 * @param username null for a relay that needs no login (then password is null too)
 * @param from the relay's own address (SMTP_FROM): envelope sender, and {@code From} when the rep's
 *     address cannot be used there
 * @param fromName display name used with {@code from} when no rep name applies, e.g. "RoboPlanet"
 * @param sslTrust hosts whose certificate is trusted without a CA check (SMTP_SSL_TRUST), for an
 *     internal relay with a self-signed certificate; null to check certificates normally
 * @param heloName the name this machine gives in EHLO/HELO (SMTP_HELO_NAME), a host name or an address literal
 *     such as {@code [192.0.2.1]}; null for {@link HeloName}'s default
 * @param attempts connection attempts for transient failures, at least 1
 * @param backoff wait before the second attempt; doubles after each further one
 */
public record SmtpSettings(
        String host,
        int port,
        SmtpSecurity security,
        String username,
        String password,
        EmailAddress from,
        String fromName,
        RepAsFrom repAsFrom,
        String sslTrust,
        String heloName,
        int attempts,
        Duration backoff,
        Duration timeout) {

    public static final int DEFAULT_ATTEMPTS = 3;
    public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(2);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public SmtpSettings {
        if (host == null || host.isBlank() || host.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("SMTP_HOST must be a host name or IP address, without spaces");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP_PORT must be 1-65535, was " + port);
        }
        Objects.requireNonNull(security, "security");
        if (security == SmtpSecurity.NONE && !isLoopback(host)) {
            throw new IllegalArgumentException("SMTP_SECURITY=none is allowed only for a relay on this machine"
                    + " (localhost, 127.x.x.x, ::1), not for the SMTP_HOST given: use starttls or ssl");
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException(
                    "SMTP_USERNAME and SMTP_PASSWORD must be set together (or neither, for a relay without login)");
        }
        Objects.requireNonNull(from, "SMTP_FROM");
        fromName = Objects.requireNonNullElse(fromName, "").strip();
        if (fromName.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            throw new IllegalArgumentException("SMTP_FROM_NAME must be one line of text, without control characters");
        }
        Objects.requireNonNull(repAsFrom, "repAsFrom");
        if (heloName != null) {
            HeloName.requireValid(heloName);
        }
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("SMTP attempts must be 1-10, was " + attempts);
        }
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** A relay with defaults for everything but the essentials. */
    public static SmtpSettings of(
            String host, int port, SmtpSecurity security, String username, String password, EmailAddress from) {
        return new SmtpSettings(
                host,
                port,
                security,
                username,
                password,
                from,
                "",
                RepAsFrom.ALIGNED,
                null,
                null,
                DEFAULT_ATTEMPTS,
                DEFAULT_BACKOFF,
                DEFAULT_TIMEOUT);
    }

    /**
     * Reads SMTP_HOST, SMTP_PORT (default 587, 465 for ssl), SMTP_SECURITY (starttls), SMTP_USERNAME,
     * SMTP_PASSWORD, SMTP_FROM, SMTP_FROM_NAME, SMTP_REP_AS_FROM (aligned), SMTP_SSL_TRUST and SMTP_HELO_NAME.
     *
     * @throws IllegalArgumentException with a one-line message naming the variable, never its value (it may be a
     *     secret set in the wrong key), with no cause that would repeat it
     */
    public static SmtpSettings fromEnvironment(Map<String, String> env) {
        String host = required(env, "SMTP_HOST");
        SmtpSecurity security = SmtpSecurity.parse(env.getOrDefault("SMTP_SECURITY", "starttls"));
        int port = port(env.get("SMTP_PORT"), security == SmtpSecurity.SSL ? 465 : 587);
        EmailAddress from = address(required(env, "SMTP_FROM"));
        return new SmtpSettings(
                host,
                port,
                security,
                blankToNull(env.get("SMTP_USERNAME")),
                blankToNull(env.get("SMTP_PASSWORD")),
                from,
                env.getOrDefault("SMTP_FROM_NAME", ""),
                RepAsFrom.parse(env.getOrDefault("SMTP_REP_AS_FROM", "aligned")),
                blankToNull(env.get("SMTP_SSL_TRUST")),
                blankToNull(env.get("SMTP_HELO_NAME")),
                DEFAULT_ATTEMPTS,
                DEFAULT_BACKOFF,
                DEFAULT_TIMEOUT);
    }

    public SmtpSettings withRetries(int newAttempts, Duration newBackoff) {
        return new SmtpSettings(
                host,
                port,
                security,
                username,
                password,
                from,
                fromName,
                repAsFrom,
                sslTrust,
                heloName,
                newAttempts,
                newBackoff,
                timeout);
    }

    public SmtpSettings withRepAsFrom(RepAsFrom mode) {
        return new SmtpSettings(
                host, port, security, username, password, from, fromName, mode, sslTrust, heloName, attempts, backoff,
                timeout);
    }

    public SmtpSettings withSslTrust(String hosts) {
        return new SmtpSettings(
                host, port, security, username, password, from, fromName, repAsFrom, hosts, heloName, attempts, backoff,
                timeout);
    }

    /** @param name SMTP_HELO_NAME, or null for the default */
    public SmtpSettings withHeloName(String name) {
        return new SmtpSettings(
                host, port, security, username, password, from, fromName, repAsFrom, sslTrust, name, attempts, backoff,
                timeout);
    }

    /** @param newTimeout connect, read and write timeout per SMTP step */
    public SmtpSettings withTimeout(Duration newTimeout) {
        return new SmtpSettings(
                host,
                port,
                security,
                username,
                password,
                from,
                fromName,
                repAsFrom,
                sslTrust,
                heloName,
                attempts,
                backoff,
                newTimeout);
    }

    public boolean authenticates() {
        return username != null;
    }

    /** Where and how, without the password: safe for logs and dry runs. */
    public String endpoint() {
        return host + ":" + port + " (" + security.configName()
                + (authenticates() ? ", user " + username : ", no login") + ")";
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + endpoint() + ", from " + from + ", password " + (password == null ? "unset" : "****")
                + "]";
    }

    static boolean isLoopback(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("::1") || h.equals("[::1]") || h.matches("127(\\.\\d{1,3}){3}");
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set; the smtp-relay strategy needs it");
        }
        return value.strip();
    }

    /** The message leaves the value out, as every message about a setting does: it may be a secret in the wrong key. */
    private static EmailAddress address(String value) {
        try {
            return EmailAddress.parse(value, "SMTP_FROM");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "SMTP_FROM is not a valid e-mail address (expected the relay's own address, like crm@example.com)");
        }
    }

    private static int port(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SMTP_PORT must be a number 1-65535");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
