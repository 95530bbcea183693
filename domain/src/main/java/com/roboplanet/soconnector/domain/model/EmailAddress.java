package com.roboplanet.soconnector.domain.model;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A plain addr-spec ({@code local@domain.tld}) as mail relays accept it. Deliberately stricter than
 * RFC 5322: no quoted local parts, comments, IP literals or display names, because an address that
 * a relay or SuperOffice might read differently is worse than a clear refusal.
 *
 * <p>International addresses are accepted: a domain in Unicode ({@code einkauf@bäckerei-kunz.de}) or in its ASCII
 * form ({@code einkauf@xn--bckerei-kunz-gcb.de}), converted as {@link DomainName} describes; and a local part with
 * letters beyond ASCII (RFC 6531 {@code UTF8-non-ascii}, here letters, marks and digits only), which a relay can
 * carry only with the SMTPUTF8 extension ({@link #hasAsciiLocalPart()}). {@link #value()} stays as given.
 */
public record EmailAddress(String value) {
    private static final String ATOM = "(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[\\p{L}\\p{M}\\p{N}&&[^\\x00-\\x7F]])+";
    private static final Pattern LOCAL = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*");
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;

    public EmailAddress {
        value = check(value, "e-mail address");
    }

    /**
     * Parses an address and names the field in the error, e.g. {@code parse(x, "recipient e-mail")}.
     *
     * @throws IllegalArgumentException with a one-line message saying what is wrong and where
     */
    public static EmailAddress parse(String value, String field) {
        return new EmailAddress(check(value, field));
    }

    /** The part before the {@code @}, as given (it may be case-sensitive, RFC 5321 section 2.4). */
    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }

    /**
     * The domain as DNS and SMTP use it: ASCII, lower case, e.g. {@code xn--bckerei-kunz-gcb.de} for
     * {@code Bäckerei-Kunz.de}.
     */
    public String domain() {
        return DomainName.toAscii(rawDomain());
    }

    /** The domain in Unicode, lower case, e.g. {@code bäckerei-kunz.de} for {@code xn--bckerei-kunz-gcb.de}. */
    public String unicodeDomain() {
        return DomainName.toUnicode(rawDomain());
    }

    /** The address for SMTP envelopes and headers: the local part as given, the domain in ASCII ({@link #domain()}). */
    public String ascii() {
        return localPart() + "@" + domain();
    }

    /** The address with the domain in Unicode ({@link #unicodeDomain()}), as a CRM may have stored it. */
    public String unicode() {
        return localPart() + "@" + unicodeDomain();
    }

    /** False when the local part has letters beyond ASCII: only a relay offering SMTPUTF8 (RFC 6531) can carry it. */
    public boolean hasAsciiLocalPart() {
        return localPart().chars().allMatch(c -> c < 0x80);
    }

    private String rawDomain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    private static String check(String raw, String field) {
        String value = HeaderText.requireSingleLine(raw, field).strip();
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(
                    field + " \"" + HeaderText.printable(value) + "\" is not a valid e-mail address: " + problem);
        }
        return value;
    }

    private static String problem(String value) {
        if (value.isEmpty()) {
            return "it is empty";
        }
        int at = value.lastIndexOf('@');
        if (at < 0 || value.indexOf('@') != at) {
            return "it needs exactly one @";
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        int localOctets = local.getBytes(StandardCharsets.UTF_8).length;
        if (local.isEmpty() || localOctets > MAX_LOCAL || !LOCAL.matcher(local).matches()) {
            return "the part before @ must be 1-64 letters, digits or !#$%&'*+/=?^_`{|}~- separated by single dots";
        }
        String asciiDomain;
        try {
            asciiDomain = DomainName.toAscii(domain);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (localOctets + 1 + asciiDomain.length() > MAX_LENGTH) {
            return "longer than " + MAX_LENGTH + " characters";
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
