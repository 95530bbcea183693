package com.roboplanet.soconnector.sandbox;

import java.util.List;

/**
 * A mail the EMail agent accepted (full profile); {@code relayed} tells whether it went to the SMTP host.
 *
 * @param messageId the {@code MessageID} the request gave, or the one the sandbox made up
 * @param documentId the document the agent archived the mail as (0 when it archived none)
 */
public record SentMail(
        String from,
        List<String> to,
        String subject,
        String plainBody,
        String htmlBody,
        boolean relayed,
        String messageId,
        int documentId) {
    public SentMail {
        to = List.copyOf(to);
    }
}
