package com.roboplanet.soconnector.sandbox.archives;

/**
 * An archive query the real API would refuse: unknown column, unsupported operator, bad literal. The dispatcher answers
 * it with {@link com.roboplanet.soconnector.sandbox.SandboxOptions#invalidQueryStatus()} and the SuperOffice error
 * body.
 */
public final class QueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QueryException(String message) {
        super(message);
    }
}
