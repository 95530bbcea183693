package com.roboplanet.soconnector.domain.port.out;

import java.util.Objects;

/** The journal cannot be read or written, or a key is in use by another run. One line, naming the file. */
public class SendJournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What the failure leaves behind, so that the command line can choose its exit code. */
    public enum Kind {
        /** The journal cannot be read or written (a full disk, no permission, a corrupt file): nothing was sent. */
        STORAGE,
        /** Another run holds the mail right now: nothing was done. */
        IN_USE,
        /**
         * A mail left (or a task was created), but the journal could not record it: the message says which command
         * finishes it once the journal can be written. Never send it again before that.
         */
        AFTER_SENDING
    }

    private final Kind kind;

    public SendJournalException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** A {@link Kind#STORAGE} failure. */
    public SendJournalException(String message, Throwable cause) {
        this(Kind.STORAGE, message, cause);
    }

    /** A {@link Kind#STORAGE} failure. */
    public SendJournalException(String message) {
        this(Kind.STORAGE, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
