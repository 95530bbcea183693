package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsCommand;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsUseCase;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Archives what was sent but not archived; never calls a send strategy. */
public final class ResumeSendsService implements ResumeSendsUseCase {
    private final SendJournal journal;
    private final ArchiveStep archiveStep;

    public ResumeSendsService(MailArchive archive, SendJournal journal, Clock clock) {
        this.journal = journal;
        this.archiveStep = new ArchiveStep(archive, journal, clock);
    }

    @Override
    public List<SendReceipt> resume(ResumeSendsCommand command) {
        List<SendReceipt> receipts = new ArrayList<>();
        for (JournalEntry listed : journal.unfinished()) {
            receipts.add(command.dryRun() ? preview(listed) : resumeOne(listed));
        }
        return receipts;
    }

    private SendReceipt resumeOne(JournalEntry listed) {
        SendJournal.Lease lease;
        try {
            lease = journal.lease(listed.key());
        } catch (SendJournalException e) {
            return Receipts.of(listed, Status.IN_USE, e.getMessage());
        }
        try (lease) {
            Optional<JournalEntry> current = journal.find(listed.key());
            JournalEntry entry = current.orElse(listed);
            return switch (entry.state()) {
                case SENT -> archiveStep.complete(entry, null);
                case SENDING -> Receipts.needsChecking(entry);
                case PREPARED -> notSent(entry);
                case ARCHIVED, HANDED_OFF -> Receipts.alreadyDone(entry);
            };
        }
    }

    private static SendReceipt preview(JournalEntry entry) {
        return switch (entry.state()) {
            case SENT ->
                Receipts.of(
                        entry,
                        Status.SENT_ARCHIVE_PENDING,
                        "dry run: would archive " + entry.messageId() + " (sent via " + entry.strategy() + ")");
            case SENDING -> Receipts.needsChecking(entry);
            case PREPARED -> notSent(entry);
            case ARCHIVED, HANDED_OFF -> Receipts.alreadyDone(entry);
        };
    }

    private static SendReceipt notSent(JournalEntry entry) {
        String why = entry.note().isEmpty() ? "" : " (" + entry.note() + ")";
        return Receipts.of(
                entry,
                Status.NOT_SENT,
                "not sent: nothing left for this mail" + why + "; send it again to retry, resume never sends");
    }
}
