package com.roboplanet.soconnector.domain.port.out;

/** Sales could not be read. The kind decides the exit code; the message is one line for a person. */
public class SaleSourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the source failed, as far as the user's next step is concerned. */
    public enum Kind {
        /** The input (file, configuration) is wrong: the user fixes it. */
        INVALID_INPUT,
        /** The CRM refused our credentials: consent, secret or environment. */
        ACCESS_DENIED,
        /**
         * The CRM accepts our credentials but refuses this call to this user: a right is missing. The message names
         * the call and the right.
         */
        NOT_PERMITTED,
        /** The CRM could not be reached or kept failing after retries. */
        UNAVAILABLE,
        /** The CRM answered something we cannot read. */
        BAD_RESPONSE
    }

    private final Kind kind;

    public SaleSourceException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public SaleSourceException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
