package com.roboplanet.soconnector.adapters.csv;

/**
 * A CSV file the user gave (a catalogue, a batch recipient list) cannot be used: one line, {@code <file>:<line>: <reason>} or {@code <file>: <reason>}.
 * An {@link IllegalArgumentException} because the user's input is wrong.
 */
public final class CsvFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public CsvFileException(String message) {
        super(message);
    }

    public CsvFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
