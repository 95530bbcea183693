package com.roboplanet.soconnector.adapters.superoffice;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Every failure of a SuperOffice call, after retries. The message is one line for a person and never
 * carries a token or secret: it is built only from the route, the status and the server's error text.
 */
public class SuperOfficeApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the caller's next step is concerned. */
    public enum Failure {
        /** The login refused our credentials, or the API refused a freshly renewed token. */
        AUTHENTICATION,
        /** Unreachable, overloaded or in maintenance, also after retries. */
        UNAVAILABLE,
        /** The server answered something we cannot read. */
        BAD_RESPONSE,
        /** The server refused the request itself (4xx other than auth and rights), e.g. an unknown column. */
        REJECTED,
        /**
         * The user may not make this call (a 403, or a 401 to a freshly renewed token that other calls accept): a
         * right is missing, the credentials are fine. The message names the route and the right ({@link Rights}).
         */
        NOT_PERMITTED,
        /** The settings do not fit the tenant: another context identifier, a stale SO_API_URL, an unknown tenant. */
        CONFIGURATION
    }

    private final Failure failure;
    private final int status;
    private final String errorType;
    private final String errorMessage;
    private final Duration retryDelay;
    private final String route;

    public SuperOfficeApiException(
            Failure failure,
            int status,
            String errorType,
            String errorMessage,
            Duration retryDelay,
            String route,
            String message,
            Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.status = status;
        this.errorType = Objects.requireNonNullElse(errorType, "");
        this.errorMessage = Objects.requireNonNullElse(errorMessage, "");
        this.retryDelay = retryDelay;
        this.route = Objects.requireNonNullElse(route, "");
    }

    static SuperOfficeApiException of(Failure failure, String route, String message, Throwable cause) {
        return new SuperOfficeApiException(failure, 0, "", "", null, route, message, cause);
    }

    public Failure failure() {
        return failure;
    }

    /** The HTTP status, 0 when there was no response. */
    public int status() {
        return status;
    }

    /** SuperOffice's {@code ErrorType}, empty when the body had none. */
    public String errorType() {
        return errorType;
    }

    /** SuperOffice's {@code ErrorMessage} (or {@code Message}), empty when the body had none. */
    public String errorMessage() {
        return errorMessage;
    }

    /** The wait the server asked for with {@code Retry-After}, if it did. */
    public Optional<Duration> retryDelay() {
        return Optional.ofNullable(retryDelay);
    }

    /** The method and route relative to the API or login base, without host or query secrets. */
    public String route() {
        return route;
    }
}
