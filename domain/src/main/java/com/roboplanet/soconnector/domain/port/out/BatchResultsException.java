package com.roboplanet.soconnector.domain.port.out;

/** The result file of a batch cannot be created; the message names the file and the reason. */
public class BatchResultsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BatchResultsException(String message, Throwable cause) {
        super(message, cause);
    }
}
