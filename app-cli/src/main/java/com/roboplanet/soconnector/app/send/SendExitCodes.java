package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import java.util.Collection;

/** The exit code for what a send, a batch or a resume left behind. */
final class SendExitCodes {
    private SendExitCodes() {}

    static int of(Status status) {
        return switch (status) {
            case SENT_AND_ARCHIVED, HANDED_OFF, ALREADY_DONE, DRY_RUN -> ExitCode.OK;
            case NOT_SENT -> ExitCode.NOT_SENT;
            case SENT_ARCHIVE_PENDING, NEEDS_CHECKING, IN_USE -> ExitCode.UNFINISHED;
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
