package com.roboplanet.soconnector.adapters.smtp;

import jakarta.mail.Address;
import java.util.Arrays;

/**
 * A mail rendered once: its Message-ID, the exact bytes to send and archive, and the envelope recipients.
 *
 * @param smtpUtf8 an address has letters beyond ASCII before the {@code @}: only a relay offering SMTPUTF8 can take it
 * @param repIsFrom the rep's address is the From (else the relay's own address, SMTP_FROM, is)
 */
record MimeMail(String messageId, byte[] bytes, Address[] recipients, boolean smtpUtf8, boolean repIsFrom) {
    MimeMail {
        bytes = bytes.clone();
        recipients = recipients.clone();
    }

    /** The same envelope with the bytes rendered earlier (and recorded in the journal), which are what goes out. */
    MimeMail withBytes(String fixedMessageId, byte[] rendered) {
        return new MimeMail(fixedMessageId, rendered, recipients, smtpUtf8, repIsFrom);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public Address[] recipients() {
        return recipients.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MimeMail m && messageId.equals(m.messageId) && Arrays.equals(bytes, m.bytes);
    }

    @Override
    public int hashCode() {
        return messageId.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "MimeMail[" + messageId + ", " + bytes.length + " bytes]";
    }
}
