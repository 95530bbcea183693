package com.roboplanet.soconnector.domain.port.out;

/**
 * A strategy failed unexpectedly. {@link #possiblyDelivered()} matters most: after the relay may
 * have accepted the mail (the connection broke after the data was sent) it must not be sent again
 * without a person checking.
 */
public class SendStrategyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean possiblyDelivered;

    public SendStrategyException(String message, boolean possiblyDelivered, Throwable cause) {
        super(message, cause);
        this.possiblyDelivered = possiblyDelivered;
    }

    public boolean possiblyDelivered() {
        return possiblyDelivered;
    }
}
