package com.roboplanet.soconnector.domain.port.out;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** What one strategy did with a mail. Expected results are values; the unexpected is a {@link SendStrategyException}. */
public sealed interface SendOutcome {

    /**
     * A relay or agent accepted the mail. From here on no other strategy may send it.
     *
     * @param mime the exact bytes sent, to be archived; null when the strategy did not produce them
     * @param documentId the document the strategy archived itself (an agent may); null otherwise
     */
    record Sent(String messageId, byte[] mime, Long documentId) implements SendOutcome {
        public Sent {
            Objects.requireNonNull(messageId, "messageId");
            mime = mime == null ? null : mime.clone();
        }

        @Override
        public byte[] mime() {
            return mime == null ? null : mime.clone();
        }

        public Optional<byte[]> mimeIfProduced() {
            return Optional.ofNullable(mime());
        }

        public OptionalLong documentIdIfAny() {
            return documentId == null ? OptionalLong.empty() : OptionalLong.of(documentId);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Sent s
                    && messageId.equals(s.messageId)
                    && Arrays.equals(mime, s.mime)
                    && Objects.equals(documentId, s.documentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(messageId, Arrays.hashCode(mime), documentId);
        }

        @Override
        public String toString() {
            return "Sent[" + messageId + ", " + (mime == null ? "no" : mime.length) + " MIME bytes]";
        }
    }

    /** The mail was not sent; a task asks the rep to send it from their own program. */
    record HandedOff(long taskId) implements SendOutcome {}

    /** The tenant or relay refuses us this path, e.g. HTTP 401/403 from an agent that was never granted. */
    record NotGranted(String reason, String fix) implements SendOutcome {
        public NotGranted {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(fix, "fix");
        }
    }

    /** The path cannot be used now: not configured, down after retries, or the relay rejects the mail. */
    record NotAvailable(String reason, String fix) implements SendOutcome {
        public NotAvailable {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(fix, "fix");
        }
    }
}
