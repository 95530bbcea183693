package com.roboplanet.soconnector.adapters.csv;

/**
 * A catalogue file that cannot be used: the message is one line, {@code <file>:<line>: <reason>} (or
 * {@code <file>: <reason>} for the file as a whole). An {@link IllegalArgumentException} because the user's
 * input is wrong, as for the domain's own catalogue checks.
 */
public final class CatalogFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public CatalogFileException(String message) {
        super(message);
    }

    public CatalogFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
