package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.MailArchiveException;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import java.time.Clock;

/**
 * Archives a SENT entry. A failed archive is a value, not an error: the mail has left, so the entry
 * stays SENT for {@code --resume}; nothing here can send.
 */
final class ArchiveStep {
    private final MailArchive archive;
    private final SendJournal journal;
    private final Clock clock;

    ArchiveStep(MailArchive archive, SendJournal journal, Clock clock) {
        this.archive = archive;
        this.journal = journal;
        this.clock = clock;
    }

    /** @param archivedByStrategy the document the strategy archived itself, or null */
    SendReceipt complete(JournalEntry sent, Long archivedByStrategy) {
        if (sent.state() != JournalState.SENT) {
            throw new IllegalArgumentException(
                    "only a SENT entry can be archived, " + sent.key() + " is " + sent.state());
        }
        if (sent.mime() == null) {
            JournalEntry done = sent.archived(archivedByStrategy, clock.instant());
            journal.record(done);
            return Receipts.of(
                    done,
                    Status.SENT_AND_ARCHIVED,
                    "sent via " + sent.strategy() + " as " + sent.messageId()
                            + (archivedByStrategy == null
                                    ? "; it keeps its own copy"
                                    : "; archived as document " + archivedByStrategy));
        }
        long documentId;
        try {
            documentId = archive.archive(sent.email(), sent.messageId(), sent.mime());
        } catch (MailArchiveException e) {
            JournalEntry pending = sent.archiveFailed(e.getMessage(), clock.instant());
            journal.record(pending);
            return Receipts.of(
                    pending,
                    Status.SENT_ARCHIVE_PENDING,
                    "sent via " + sent.strategy() + " as "
                            + sent.messageId() + ", but archiving failed: " + e.getMessage()
                            + "; run send --resume to archive it (it will not be sent again)");
        }
        JournalEntry done = sent.archived(documentId, clock.instant());
        journal.record(done);
        return Receipts.of(
                done,
                Status.SENT_AND_ARCHIVED,
                "sent via " + sent.strategy() + " as " + sent.messageId() + "; archived as document " + documentId);
    }
}
