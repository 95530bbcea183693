package com.roboplanet.soconnector.app;

/** An input the user gave (a file, an option value) is invalid; exit code 3 with this message. */
public class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }

    public UserInputException(String message) {
        super(message);
    }
}
