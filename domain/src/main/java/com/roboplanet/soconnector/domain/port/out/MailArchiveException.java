package com.roboplanet.soconnector.domain.port.out;

/** The sent mail could not be archived. The message is one line for a person; the cause is kept. */
public class MailArchiveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailArchiveException(String message, Throwable cause) {
        super(message, cause);
    }

    public MailArchiveException(String message) {
        super(message);
    }
}
