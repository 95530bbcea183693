package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import java.util.List;

/** Turns journal entries into receipts, so that a fresh send and a resume report alike. */
final class Receipts {
    private Receipts() {}

    static SendReceipt of(JournalEntry entry, Status status, String detail) {
        return new SendReceipt(
                entry.key(),
                status,
                entry.strategy(),
                entry.messageId(),
                entry.documentId(),
                entry.taskId(),
                entry.attempts(),
                detail,
                List.of());
    }

    static SendReceipt alreadyDone(JournalEntry entry) {
        String detail = switch (entry.state()) {
            case ARCHIVED ->
                "already sent via " + entry.strategy() + " as " + entry.messageId()
                        + " and archived; nothing sent again";
            case HANDED_OFF -> "already handed off to the rep as task " + entry.taskId() + "; nothing done again";
            case SENT ->
                "already sent via " + entry.strategy() + " as " + entry.messageId()
                        + "; archive pending, run send --resume; nothing sent again";
            case PREPARED, SENDING ->
                throw new IllegalArgumentException("entry " + entry.key() + " is " + entry.state() + ", not done");
        };
        return of(entry, Status.ALREADY_DONE, detail);
    }

    static SendReceipt needsChecking(JournalEntry entry) {
        String id = entry.messageId() == null ? "" : " with Message-ID " + entry.messageId();
        return of(
                entry,
                Status.NEEDS_CHECKING,
                "an earlier run stopped while " + entry.strategy() + " was sending" + id
                        + ": check the rep's sent items (or the relay's log) for it; if it is not there,"
                        + " send again with --resend-unconfirmed");
    }
}
