package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.MailArchiveException;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Archives a SENT entry. A failed archive is a value, not an error: the mail has left, so the entry stays SENT for
 * {@code --resume}; nothing here can send.
 */
final class ArchiveStep {
    private final Supplier<MailArchive> archive;
    private final SendJournal journal;
    private final Clock clock;

    /** @param archive asked for only when there are bytes to archive, because reaching the CRM opens a connection */
    ArchiveStep(Supplier<MailArchive> archive, SendJournal journal, Clock clock) {
        this.archive = archive;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * @param archivedByStrategy the document the strategy archived itself, or null
     * @param strategyCalled whether this run called the strategy (for the receipt)
     * @throws SendJournalException of kind {@code AFTER_SENDING} when the journal cannot record the outcome
     */
    SendReceipt complete(JournalEntry sent, Long archivedByStrategy, boolean strategyCalled) {
        if (sent.state() != JournalState.SENT) {
            throw new IllegalArgumentException(
                    "only a SENT entry can be archived, " + sent.key() + " is " + sent.state());
        }
        String how = "sent via " + sent.strategy() + " as " + sent.messageId();
        if (sent.mime() == null) {
            JournalEntry done = sent.archived(archivedByStrategy, clock.instant());
            record(done, how + (archivedByStrategy == null ? "" : " and archived as document " + archivedByStrategy));
            return Receipts.of(
                    done,
                    Status.SENT_AND_ARCHIVED,
                    how
                            + (archivedByStrategy == null
                                    ? "; " + sent.strategy() + " keeps its own copy"
                                    : "; archived as document " + archivedByStrategy),
                    strategyCalled);
        }
        long documentId;
        try {
            documentId = archive.get().archive(sent.email(), sent.messageId(), sent.mime());
        } catch (MailArchiveException e) {
            JournalEntry pending = sent.archiveFailed(e.getMessage(), clock.instant());
            record(pending, how + ", archiving failed (" + e.getMessage() + ")");
            return Receipts.of(
                    pending,
                    Status.SENT_ARCHIVE_PENDING,
                    how + ", but archiving failed: " + e.getMessage()
                            + "; run send --resume to archive it (it will not be sent again)",
                    strategyCalled);
        }
        JournalEntry done = sent.archived(documentId, clock.instant());
        record(done, how + " and archived as document " + documentId);
        return Receipts.of(
                done, Status.SENT_AND_ARCHIVED, how + "; archived as document " + documentId, strategyCalled);
    }

    /**
     * The mail has left; if the journal cannot say what happened next, the next resume must redo it, which is safe:
     * the archive is idempotent per Message-ID and never sends.
     */
    private void record(JournalEntry entry, String what) {
        try {
            journal.record(entry);
        } catch (SendJournalException e) {
            throw new SendJournalException(
                    SendJournalException.Kind.AFTER_SENDING,
                    "mail " + entry.key() + " was " + what + ", but the journal could not record it ("
                            + e.getMessage() + "); once it can be written, run send --resume (it finishes the archive"
                            + " and never sends again)",
                    "--resume",
                    e);
        }
    }
}
