package com.roboplanet.soconnector.domain.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A plain addr-spec ({@code local@domain.tld}) as mail relays accept it. Deliberately stricter than
 * RFC 5322: no quoted local parts, comments, IP literals or display names, because an address that
 * a relay or SuperOffice might read differently is worse than a clear refusal.
 */
public record EmailAddress(String value) {
    private static final Pattern LOCAL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
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

    /** The part after the {@code @}, lower case. */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
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
        if (value.length() > MAX_LENGTH) {
            return "longer than " + MAX_LENGTH + " characters";
        }
        int at = value.lastIndexOf('@');
        if (at < 0 || value.indexOf('@') != at) {
            return "it needs exactly one @";
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (local.isEmpty()
                || local.length() > MAX_LOCAL
                || !LOCAL.matcher(local).matches()) {
            return "the part before @ must be 1-64 letters, digits or !#$%&'*+/=?^_`{|}~- separated by single dots";
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return "the domain \"" + domain + "\" needs a dot, like example.com";
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return "the domain \"" + domain + "\" has an empty or invalid part";
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
