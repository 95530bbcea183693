package com.roboplanet.soconnector.domain.port.out;

/** The journal cannot be read or written, or a key is in use by another run. One line, naming the file. */
public class SendJournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SendJournalException(String message, Throwable cause) {
        super(message, cause);
    }

    public SendJournalException(String message) {
        super(message);
    }
}
