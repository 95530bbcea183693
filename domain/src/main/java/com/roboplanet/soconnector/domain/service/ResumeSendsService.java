package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsCommand;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsUseCase;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import com.roboplanet.soconnector.domain.port.out.SendJournals;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Archives what was sent but not archived; never calls a send strategy. */
public final class ResumeSendsService implements ResumeSendsUseCase {
    private final Supplier<MailArchive> archive;
    private final SendJournals journals;
    private final Clock clock;

    /** @param archive obtained once the journal is open, because reaching the CRM opens a connection */
    public ResumeSendsService(Supplier<MailArchive> archive, SendJournals journals, Clock clock) {
        this.archive = archive;
        this.journals = journals;
        this.clock = clock;
    }

    @Override
    public List<SendReceipt> resume(ResumeSendsCommand command) {
        SendJournal journal = Journals.open(journals, command.journal(), command.dryRun());
        Run run = new Run(journal, new ArchiveStep(archive.get(), journal, clock));
        List<SendReceipt> receipts = new ArrayList<>();
        for (JournalEntry listed : journal.unfinished()) {
            receipts.add(command.dryRun() ? run.preview(listed) : run.resumeOne(listed));
        }
        return receipts;
    }

    /** One resume: the journal it works through and the archive step over that journal. */
    private static final class Run {
        private final SendJournal journal;
        private final ArchiveStep archiveStep;

        Run(SendJournal journal, ArchiveStep archiveStep) {
            this.journal = journal;
            this.archiveStep = archiveStep;
        }

        SendReceipt resumeOne(JournalEntry listed) {
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

        SendReceipt preview(JournalEntry entry) {
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
    }

    private static SendReceipt notSent(JournalEntry entry) {
        String why = entry.note().isEmpty() ? "" : " (" + entry.note() + ")";
        return Receipts.of(
                entry,
                Status.NOT_SENT,
                "not sent: nothing left for this mail" + why + "; send it again to retry, resume never sends");
    }
}
