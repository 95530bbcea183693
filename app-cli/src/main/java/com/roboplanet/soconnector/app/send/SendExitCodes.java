package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import java.util.Collection;

/**
 * The exit code for what a send, a batch, a resume or a decision left behind: 0 only when finished (sent and archived,
 * handed off), 6 when not sent (running it again sends it), 7 while something needs {@code send --resume} or a person,
 * whichever run left it (ADR 0005's table).
 */
final class SendExitCodes {
    private SendExitCodes() {}

    static int of(Status status) {
        return switch (status) {
            case SENT_AND_ARCHIVED, HANDED_OFF, ALREADY_DONE, DRY_RUN -> ExitCode.OK;
            case NOT_SENT -> ExitCode.NOT_SENT;
            case SENT_ARCHIVE_PENDING, NEEDS_CHECKING, UNASSIGNED, OTHER_TENANT, IN_USE -> ExitCode.UNFINISHED;
        };
    }

    /**
     * Unfinished wins over not sent: it needs a person (or {@code --resume}), while a mail not sent is sent by running
     * the same command again.
     */
    static int worst(Collection<Integer> codes) {
        if (codes.contains(ExitCode.UNFINISHED)) {
            return ExitCode.UNFINISHED;
        }
        return codes.contains(ExitCode.NOT_SENT) ? ExitCode.NOT_SENT : ExitCode.OK;
    }
}
