package com.roboplanet.soconnector.domain.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SuperOffice tenant a mail is sent for: its environment ({@code online}, {@code sod}, {@code sandbox}, ...) and its
 * context identifier ({@code Cust12345}). A mail belongs to one tenant: its idempotency key and its journal folder
 * include the tenant, so that a trial on the sandbox never keeps the same mail from going out on the real tenant, and an
 * entry is never archived into another tenant than the one it was sent for.
 *
 * @param environment as in SO_ENVIRONMENT, lower case
 * @param contextIdentifier as in SO_CONTEXT_IDENTIFIER, e.g. {@code Cust12345}
 */
public record TenantId(String environment, String contextIdentifier) {
    /** No dash in the environment, so that {@link #value()} reads back unambiguously. */
    private static final Pattern ENVIRONMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._]{0,31}");

    private static final Pattern CONTEXT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public TenantId {
        environment = safe(environment, ENVIRONMENT, "environment (SO_ENVIRONMENT)", "1-32 letters, digits, '.' or '_'")
                .toLowerCase(Locale.ROOT);
        contextIdentifier = safe(
                contextIdentifier,
                CONTEXT,
                "context identifier (SO_CONTEXT_IDENTIFIER)",
                "1-64 letters, digits, '.', '-' or '_'");
    }

    private static String safe(String value, Pattern shape, String what, String expected) {
        String v = Objects.requireNonNull(value, what).strip();
        if (!shape.matcher(v).matches()) {
            throw new IllegalArgumentException(
                    "the tenant's " + what + " \"" + HeaderText.printable(v) + "\" must be " + expected);
        }
        return v;
    }

    /**
     * {@code online-Cust12345}: the journal's folder name and the tenant's part of an idempotency key.
     *
     * @return safe as a file name on every platform
     */
    public String value() {
        return environment + "-" + contextIdentifier;
    }

    /** Reads {@link #value()} back. @throws IllegalArgumentException when it is not of that shape */
    public static TenantId parse(String value) {
        int dash = value == null ? -1 : value.indexOf('-');
        if (dash <= 0) {
            throw new IllegalArgumentException(
                    "a tenant is written environment-contextIdentifier, was \"" + value + "\"");
        }
        return new TenantId(value.substring(0, dash), value.substring(dash + 1));
    }

    @Override
    public String toString() {
        return value();
    }
}
