package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A mail as a strategy fixed it before anything leaves: the Message-ID it will carry and, for a strategy that renders
 * the mail itself, the exact bytes it will hand over. The journal records both before the strategy sends, so that a run
 * that dies mid-send leaves the Message-ID to look for and the bytes to archive if the mail did arrive ({@code send
 * --resolve KEY --sent}).
 *
 * @param messageId null when the strategy cannot know it in advance (a hand-off creates a task, not a mail)
 * @param mime null unless the strategy renders the mail itself (the SMTP relay)
 */
public record PreparedMail(OutboundEmail email, IdempotencyKey key, String messageId, byte[] mime) {
    public PreparedMail {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(key, "key");
        mime = mime == null ? null : mime.clone();
    }

    /** Nothing fixed in advance: no Message-ID, no bytes. */
    public static PreparedMail unplanned(OutboundEmail email, IdempotencyKey key) {
        return new PreparedMail(email, key, null, null);
    }

    @Override
    public byte[] mime() {
        return mime == null ? null : mime.clone();
    }

    public Optional<String> messageIdIfPlanned() {
        return Optional.ofNullable(messageId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PreparedMail p
                && email.equals(p.email)
                && key.equals(p.key)
                && Objects.equals(messageId, p.messageId)
                && Arrays.equals(mime, p.mime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, key, messageId, Arrays.hashCode(mime));
    }

    @Override
    public String toString() {
        return "PreparedMail[" + key + ", " + messageId + ", " + (mime == null ? "no" : mime.length) + " MIME bytes]";
    }
}
