package com.roboplanet.soconnector.adapters.smtp;

import java.util.Locale;

/** How the connection to the relay is protected. */
public enum SmtpSecurity {
    /** Plain connect, then STARTTLS, which is required: a relay that does not offer it is refused. */
    STARTTLS,
    /** TLS from the first byte (usually port 465). */
    SSL,
    /** No encryption; allowed only for a relay on this machine (a test server or a local MTA). */
    NONE;

    /** @throws IllegalArgumentException naming the variable and the allowed values */
    static SmtpSecurity parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SMTP_SECURITY must be starttls, ssl or none");
        }
    }

    String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
