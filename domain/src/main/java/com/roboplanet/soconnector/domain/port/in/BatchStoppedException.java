package com.roboplanet.soconnector.domain.port.in;

/**
 * A batch stopped after a row whose mail may have left without an answer (the row is {@code NEEDS_CHECKING}; its
 * result and the summary are reported before this is thrown). One line for a person, naming the row and what to do.
 */
public class BatchStoppedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BatchStoppedException(String message) {
        super(message);
    }
}
