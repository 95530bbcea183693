package com.roboplanet.soconnector.adapters.csv;

/**
 * A CSV file the user gave (a catalogue, a batch recipient list) cannot be used: one line, {@code <file>:<line>:
 * <reason>} or {@code <file>: <reason>}; for a catalogue with several problems, {@code <file>: N problems, ...}
 * and then one such line per problem, so that all of them can be fixed in one go. An {@link
 * IllegalArgumentException} because the user's input is wrong.
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
