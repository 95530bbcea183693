package com.roboplanet.soconnector.adapters.smtp;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name this machine gives in {@code EHLO}/{@code HELO}. RFC 5321 section 4.1.1.1: a fully qualified domain name,
 * or, for a host without one, an address literal ({@code [192.0.2.1]}, {@code [IPv6:2001:db8::1]}, section 4.1.3).
 * Relays check it: Google Workspace's smtp-relay answers {@code 421 4.7.0} to {@code EHLO localhost}, Postfix with
 * {@code reject_non_fqdn_helo_hostname} refuses a bare host name (often only at {@code RCPT TO}, as
 * {@code 504 5.5.2 ... Helo command rejected: need fully-qualified hostname}). Angus's own default is the local
 * host's canonical name, which in containers and on laptops is a bare name or {@code localhost}.
 *
 * <p>Order: {@code SMTP_HELO_NAME}; else the canonical host name when it is a dotted domain name (not
 * {@code localhost...}); else the address literal of the local address this machine uses to reach the relay.
 */
final class HeloName {
    private static final Pattern DOMAIN =
            Pattern.compile("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern LITERAL = Pattern.compile("\\[(\\d{1,3}(\\.\\d{1,3}){3}|IPv6:[0-9A-Fa-f:.]+)]");

    private HeloName() {}

    /** @throws IllegalArgumentException naming SMTP_HELO_NAME when the name is neither a host name nor a literal */
    static void requireValid(String name) {
        if (name.length() > 253
                || !(DOMAIN.matcher(name).matches() || LITERAL.matcher(name).matches())) {
            throw new IllegalArgumentException("SMTP_HELO_NAME must be this machine's host name, like"
                    + " relay-client.example.com, or an address literal like [192.0.2.1]");
        }
    }

    /** The name for a connection to the relay in these settings; looks up this host's name and route. */
    static String of(SmtpSettings settings) {
        if (settings.heloName() != null) {
            return settings.heloName();
        }
        return choose(canonicalHostName(), routeTo(settings.host(), settings.port()));
    }

    /**
     * @param canonicalName this host's canonical name as the JDK reports it (a name, or its address as text when
     *     reverse lookup fails); null when unknown
     * @param source the local address connections to the relay leave from; empty when unknown
     */
    static String choose(String canonicalName, Optional<InetAddress> source) {
        String name = canonicalName == null ? "" : canonicalName.strip().toLowerCase(Locale.ROOT);
        if (isQualified(name)) {
            return name;
        }
        if (IPV4.matcher(name).matches() || name.contains(":")) {
            return literalOf(name);
        }
        return source.map(address -> literalOf(address.getHostAddress())).orElse(name.isEmpty() ? "localhost" : name);
    }

    private static boolean isQualified(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0
                && DOMAIN.matcher(name).matches()
                && !name.startsWith("localhost")
                && !name.substring(dot + 1).chars().allMatch(Character::isDigit);
    }

    private static String literalOf(String address) {
        int scope = address.indexOf('%');
        String bare = scope < 0 ? address : address.substring(0, scope);
        return bare.contains(":") ? "[IPv6:" + bare + "]" : "[" + bare + "]";
    }

    private static String canonicalHostName() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /**
     * The source address the operating system picks for the relay: a connected UDP socket sends nothing but asks the
     * routing table, which is what the SMTP connection will use.
     */
    private static Optional<InetAddress> routeTo(String host, int port) {
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(InetAddress.getByName(host), port);
            InetAddress local = probe.getLocalAddress();
            return local == null || local.isAnyLocalAddress() ? Optional.empty() : Optional.of(local);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
