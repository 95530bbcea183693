package com.roboplanet.soconnector.domain.port.in;

/** Answers "which sending path can work here, and why not", and recommends SO_SEND_STRATEGY from the answer. */
public interface ProbeSendPathsUseCase {

    /** Never throws for a failed check: each failure is a row with its evidence and fix. */
    SendPathReport probe(ProbeSendPathsCommand command);
}
