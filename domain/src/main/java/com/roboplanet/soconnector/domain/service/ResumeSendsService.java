package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsCommand;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsUseCase;
import com.roboplanet.soconnector.domain.port.in.ResumeSummary;
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import com.roboplanet.soconnector.domain.port.out.SendJournals;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Archives what was sent but not archived, settles interrupted sends the CRM can tell about, and reports every other
 * open decision; never calls a send strategy. Only this tenant's entries are archived or settled.
 */
public final class ResumeSendsService implements ResumeSendsUseCase {
    private final Supplier<MailArchive> archive;
    private final Supplier<DeliveryCheck> check;
    private final SendJournals journals;
    private final Clock clock;

    /** @param archive and {@code check} are asked for only when an entry needs them: reaching the CRM opens a connection */
    public ResumeSendsService(
            Supplier<MailArchive> archive, Supplier<DeliveryCheck> check, SendJournals journals, Clock clock) {
        this.archive = archive;
        this.check = check;
        this.journals = journals;
        this.clock = clock;
    }

    @Override
    public ResumeSummary resume(ResumeSendsCommand command) {
        SendJournal journal = Journals.open(journals, command.journal(), command.dryRun());
        int assigned = command.assignEarlierEntries() ? assignAll(journal, command.tenant()) : 0;
        Run run = new Run(journal, command.tenant());
        List<SendReceipt> receipts = new ArrayList<>();
        for (JournalEntry listed : journal.entries()) {
            if (!listed.state().finished()) {
                receipts.add(command.dryRun() ? run.preview(listed) : run.resumeOne(listed));
            }
        }
        int finishedUnassigned = 0;
        for (JournalEntry earlier : journal.unassigned()) {
            if (earlier.state().finished()) {
                finishedUnassigned++;
            } else {
                receipts.add(Receipts.unassigned(earlier));
            }
        }
        return new ResumeSummary(receipts, assigned, finishedUnassigned);
    }

    /** Every entry of an earlier version, from its old folder and from this one, becomes this tenant's. */
    private int assignAll(SendJournal journal, TenantId tenant) {
        List<JournalEntry> earlier = new ArrayList<>(journal.unassigned());
        journal.entries().stream().filter(JournalEntry::unassigned).forEach(earlier::add);
        earlier.sort(Comparator.comparing(JournalEntry::updatedAt));
        for (JournalEntry entry : earlier) {
            try (SendJournal.Lease lease = journal.lease(entry.key())) {
                journal.assign(entry.assignedTo(tenant, clock.instant()));
            }
        }
        return earlier.size();
    }

    /** One resume: the journal it works through, the tenant it works for, and the steps over that journal. */
    private final class Run {
        private final SendJournal journal;
        private final TenantId tenant;
        private final ArchiveStep archiveStep;
        private final InterruptedSends interrupted;

        Run(SendJournal journal, TenantId tenant) {
            this.journal = journal;
            this.tenant = tenant;
            this.archiveStep = new ArchiveStep(archive, journal, clock);
            this.interrupted = new InterruptedSends(check, journal, clock);
        }

        SendReceipt resumeOne(JournalEntry listed) {
            if (listed.unassigned()) {
                return Receipts.unassigned(listed);
            }
            if (!listed.tenant().equals(tenant)) {
                return Receipts.otherTenant(listed, tenant);
            }
            SendJournal.Lease lease;
            try {
                lease = journal.lease(listed.key());
            } catch (SendJournalException e) {
                if (e.kind() != SendJournalException.Kind.IN_USE) {
                    throw e;
                }
                return Receipts.of(listed, Status.IN_USE, e.getMessage());
            }
            try (lease) {
                JournalEntry entry = journal.find(listed.key()).orElse(listed);
                return switch (entry.state()) {
                    case SENT -> archiveStep.complete(entry, null, false);
                    case SENDING -> settle(entry);
                    case PREPARED -> Receipts.notSent(entry, ": send it again to retry; resume never sends");
                    case ARCHIVED, HANDED_OFF -> Receipts.alreadyDone(entry, "");
                };
            }
        }

        private SendReceipt settle(JournalEntry sending) {
            InterruptedSends.Settled settled = interrupted.settle(sending);
            JournalEntry entry = settled.entry();
            return switch (entry.state()) {
                case HANDED_OFF, ARCHIVED -> Receipts.alreadyDone(entry, " (" + settled.evidence() + ")");
                case PREPARED ->
                    Receipts.notSent(entry, ": send it again to hand it off (resume never sends or creates tasks)");
                case SENDING -> Receipts.needsChecking(entry, "", settled.evidence(), false);
                case SENT -> throw new IllegalStateException("a settled entry is never left SENT: " + entry.key());
            };
        }

        SendReceipt preview(JournalEntry entry) {
            if (entry.unassigned()) {
                return Receipts.unassigned(entry);
            }
            if (!entry.tenant().equals(tenant)) {
                return Receipts.otherTenant(entry, tenant);
            }
            return switch (entry.state()) {
                case SENT ->
                    Receipts.of(
                            entry,
                            Status.SENT_ARCHIVE_PENDING,
                            "dry run: would archive " + entry.messageId() + " (sent via " + entry.strategy() + ")");
                case SENDING -> Receipts.needsChecking(entry, "", false);
                case PREPARED -> Receipts.notSent(entry, ": send it again to retry; resume never sends");
                case ARCHIVED, HANDED_OFF -> Receipts.alreadyDone(entry, "");
            };
        }
    }
}
