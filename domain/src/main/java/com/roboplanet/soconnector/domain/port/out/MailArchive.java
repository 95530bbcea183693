package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.OutboundEmail;

/** Keeps a copy of a sent mail where the sales team looks for it (SuperOffice's document archive). */
public interface MailArchive {

    /**
     * Stores the exact .eml bytes that were sent, linked to the customer, the person, the rep and
     * the sale. Must be idempotent per Message-ID: a run that dies after archiving but before the
     * journal says so archives again on {@code --resume}, and that must not leave two documents.
     *
     * @return the id of the archived document
     * @throws MailArchiveException when the mail could not be archived; the mail itself is unaffected
     */
    long archive(OutboundEmail email, String messageId, byte[] eml);
}
