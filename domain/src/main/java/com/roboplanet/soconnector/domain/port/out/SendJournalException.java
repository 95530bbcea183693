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
    private final String finish;

    public SendJournalException(Kind kind, String message, Throwable cause) {
        this(kind, message, null, cause);
    }

    /**
     * @param finish for {@link Kind#AFTER_SENDING}: the arguments of {@code send} that finish the mail ({@code --resolve
     *     KEY --sent}), which the message gives after {@code send}; the command line adds the options it was run with
     */
    public SendJournalException(Kind kind, String message, String finish, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.finish = finish;
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

    /** The arguments of {@code send} that finish the mail, when the message names them. */
    public java.util.Optional<String> finish() {
        return java.util.Optional.ofNullable(finish);
    }

    /**
     * The same failure, its command written as {@code sendCommand} (e.g. {@code so-connector send --journal DIR}) so that
     * the printed line works as printed.
     */
    public SendJournalException withSendCommand(String sendCommand) {
        if (finish == null) {
            return this;
        }
        return new SendJournalException(
                kind, getMessage().replace("run send " + finish, "run " + sendCommand + " " + finish), finish, this);
    }
}
