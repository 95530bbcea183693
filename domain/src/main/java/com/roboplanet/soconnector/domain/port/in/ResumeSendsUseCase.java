package com.roboplanet.soconnector.domain.port.in;

/**
 * Finishes what earlier runs left unfinished, without ever sending a mail again: archives mails that were sent but not
 * archived, settles interrupted sends the CRM can tell about (a hand-off task carrying the key), and reports the rest
 * with the decision each needs (not sent, needs checking, written by an earlier version, another tenant's).
 */
public interface ResumeSendsUseCase {

    /** @throws IllegalArgumentException naming the folder when the journal cannot be opened (nothing was done) */
    ResumeSummary resume(ResumeSendsCommand command);
}
