package com.roboplanet.soconnector.domain.port.out;

import java.util.Objects;

/** A lookup failed. The message is one line for a person and names what was looked up. */
public class CrmDirectoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, so that the command line can choose its exit code. */
    public enum Kind {
        /** Nothing matches: a typo in an id or address. */
        NOT_FOUND,
        /** Several records match an address; the user must give the id. */
        AMBIGUOUS,
        /** The CRM refused our credentials: consent, secret or environment. */
        ACCESS_DENIED,
        /** The CRM accepts our credentials, but the API user may not read these records: a right is missing. */
        NOT_PERMITTED,
        /** The CRM could not be reached or kept failing. */
        UNAVAILABLE,
        /** The CRM answered something we cannot read. */
        BAD_RESPONSE
    }

    private final Kind kind;

    public CrmDirectoryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
