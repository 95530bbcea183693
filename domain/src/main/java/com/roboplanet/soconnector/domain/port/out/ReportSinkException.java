package com.roboplanet.soconnector.domain.port.out;

/** The report could not be written; the destination was left as it was. */
public class ReportSinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportSinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
