package com.roboplanet.soconnector.sandbox;

import java.util.List;

/** A mail the EMail agent accepted (full profile); {@code relayed} tells whether it went to the SMTP host. */
public record SentMail(
        String from, List<String> to, String subject, String plainBody, String htmlBody, boolean relayed) {
    public SentMail {
        to = List.copyOf(to);
    }
}
