package com.roboplanet.soconnector.app.config;

/** The configuration is invalid; the message names the key or file and says how to fix it. */
public class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
