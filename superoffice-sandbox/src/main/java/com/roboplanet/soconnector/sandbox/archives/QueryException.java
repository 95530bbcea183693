package com.roboplanet.soconnector.sandbox;

/** An archive query the real API would refuse: unknown column, unsupported operator, bad literal. */
final class QueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QueryException(String message) {
        super(message);
    }
}
