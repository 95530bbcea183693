package com.roboplanet.soconnector.adapters.smtp;

import java.util.Locale;

/** When the rep's own address may be the {@code From} of a relayed mail. See ADR 0004. */
public enum RepAsFrom {
    /** Only when the rep's domain aligns with the relay address's domain, so DMARC passes through the relay's DKIM/SPF. */
    ALIGNED,
    /** Never: From is always the relay address with the rep's name (e.g. a Microsoft 365 relay without Send As rights). */
    NEVER;

    static RepAsFrom parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SMTP_REP_AS_FROM must be aligned or never");
        }
    }
}
