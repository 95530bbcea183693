package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.model.SendStrategyName;
import com.roboplanet.soconnector.domain.port.in.ResolveSendCommand;
import com.roboplanet.soconnector.domain.port.in.ResolveSendUseCase;
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import com.roboplanet.soconnector.domain.port.out.SendJournals;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A person's decision about one mail: {@code --sent} records it as sent and archives the kept bytes (nothing is sent),
 * {@code --not-sent} lets the next send of it send it with the same Message-ID. Where the CRM can tell (a hand-off task
 * carrying the key, an archived agent mail), what it shows wins over the decision, so that a wrong "not sent" never
 * makes a second task or mail. A decision that contradicts the journal (a mail the relay accepted, "not sent") is
 * refused and changes nothing.
 */
public final class ResolveSendService implements ResolveSendUseCase {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final Supplier<MailArchive> archive;
    private final Supplier<DeliveryCheck> check;
    private final SendJournals journals;
    private final Clock clock;

    /** @param archive and {@code check} are asked for only when the decision needs them */
    public ResolveSendService(
            Supplier<MailArchive> archive, Supplier<DeliveryCheck> check, SendJournals journals, Clock clock) {
        this.archive = archive;
        this.check = check;
        this.journals = journals;
        this.clock = clock;
    }

    @Override
    public SendReceipt resolve(ResolveSendCommand command) {
        SendJournal journal = Journals.open(journals, command.journal(), false);
        JournalEntry listed = find(journal, command);
        try (SendJournal.Lease lease = journal.lease(listed.key())) {
            JournalEntry entry = journal.find(listed.key()).orElse(listed);
            if (entry.unassigned()) {
                throw new IllegalArgumentException("mail " + entry.key() + " was written by an earlier version that"
                        + " did not record the tenant: assign it first (send --resume"
                        + " --assign-legacy-to-current-tenant, with the settings of the tenant it was sent for)");
            }
            if (!entry.tenant().equals(command.tenant())) {
                throw new IllegalArgumentException("mail " + entry.key() + " was sent for tenant " + entry.tenant()
                        + ", and this run is configured for " + command.tenant()
                        + ": decide it with that tenant's settings");
            }
            return command.arrived() ? arrived(journal, entry) : notArrived(journal, entry);
        }
    }

    private JournalEntry find(SendJournal journal, ResolveSendCommand command) {
        Optional<JournalEntry> entry = byReference(journal, command.reference());
        if (entry.isPresent()) {
            return entry.get();
        }
        for (JournalEntry earlier : journal.unassigned()) {
            if (matches(earlier, command.reference())) {
                return earlier;
            }
        }
        throw new IllegalArgumentException("no mail with the key or Message-ID " + command.reference() + " in the"
                + " journal " + command.journal().directory() + "; send --resume lists the open ones with their keys");
    }

    /** The entry under a key or Message-ID (with or without angle brackets). */
    static Optional<JournalEntry> byReference(SendJournal journal, String reference) {
        return journal.entries().stream().filter(e -> matches(e, reference)).findFirst();
    }

    private static boolean matches(JournalEntry entry, String reference) {
        return entry.key().value().equals(reference)
                || entry.messageId() != null && bare(entry.messageId()).equals(bare(reference));
    }

    private static String bare(String messageId) {
        String id = messageId.strip();
        return id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
    }

    private SendReceipt arrived(SendJournal journal, JournalEntry entry) {
        return switch (entry.state()) {
            case ARCHIVED, HANDED_OFF -> Receipts.alreadyDone(entry, "");
            case SENT -> new ArchiveStep(archive, journal, clock).complete(entry, null, false);
            case PREPARED ->
                throw new IllegalArgumentException("mail " + entry.key() + " is not sent"
                        + (entry.note().isEmpty() ? "" : " (" + entry.note() + ")")
                        + ": no strategy has had it since, so nothing can have arrived; send it again instead");
            case SENDING -> confirmedSent(journal, entry);
        };
    }

    /**
     * What the CRM shows wins (the task or document found); otherwise the person's word: a hand-off becomes HANDED_OFF
     * without a task id, a mail becomes SENT and its kept bytes are archived.
     */
    private SendReceipt confirmedSent(SendJournal journal, JournalEntry sending) {
        DeliveryCheck.Finding finding = check.get().check(sending);
        if (finding instanceof DeliveryCheck.Finding.Delivered found) {
            JournalEntry done = found.taskId() != null
                    ? sending.handedOff(found.taskId(), found.evidence(), clock.instant())
                    : sending.sent(sending.messageId(), null, found.evidence(), clock.instant())
                            .archived(found.documentId(), clock.instant());
            record(journal, done);
            return Receipts.alreadyDone(done, " (" + found.evidence() + ")");
        }
        String who = "confirmed by a person on " + now() + "; the connector could not confirm it: " + evidence(finding);
        if (isHandOff(sending)) {
            JournalEntry done = sending.handedOff(null, who, clock.instant());
            record(journal, done);
            return Receipts.of(
                    done,
                    Status.HANDED_OFF,
                    "recorded as handed off on your word (the connector could not confirm it: " + evidence(finding)
                            + "); nothing sent again");
        }
        if (sending.messageId() == null) {
            throw new IllegalArgumentException("mail " + sending.key() + " has no Message-ID to record as sent ("
                    + sending.strategy() + " planned none); nothing changed");
        }
        JournalEntry sent = sending.sent(sending.messageId(), null, who, clock.instant());
        record(journal, sent);
        return new ArchiveStep(archive, journal, clock).complete(sent, null, false);
    }

    private SendReceipt notArrived(SendJournal journal, JournalEntry entry) {
        return switch (entry.state()) {
            case PREPARED -> Receipts.notSent(entry, ": already recorded as not sent; send it again to send it");
            case SENT ->
                throw new IllegalArgumentException("mail " + entry.key() + " was accepted as " + entry.messageId()
                        + " by " + entry.strategy() + " (recorded SENT on " + when(entry) + "): it cannot be unsent;"
                        + " send --resume archives it");
            case ARCHIVED, HANDED_OFF ->
                throw new IllegalArgumentException("mail " + entry.key() + " is finished: "
                        + Receipts.alreadyDone(entry, "").detail() + "; there is nothing to undo");
            case SENDING -> confirmedNotSent(journal, entry);
        };
    }

    /** The CRM is asked first: a task or document it shows means it was delivered, whatever the person says. */
    private SendReceipt confirmedNotSent(SendJournal journal, JournalEntry sending) {
        InterruptedSends.Settled settled = new InterruptedSends(check, journal, clock).settle(sending);
        JournalEntry entry = settled.entry();
        if (entry.state().finished()) {
            return Receipts.alreadyDone(
                    entry, " (" + settled.evidence() + "; so it did arrive: recorded so, it will not be sent again)");
        }
        if (entry.state() == JournalState.SENDING) {
            entry = sending.notSent(
                    "marked not sent by a person on " + now() + " after looking for " + Receipts.whereToLook(sending),
                    clock.instant());
            record(journal, entry);
        }
        return Receipts.notSent(
                entry,
                ": the next send of this mail (the same command, or the batch again) sends it"
                        + (sending.messageId() == null ? "" : " with the same Message-ID " + sending.messageId()));
    }

    private static boolean isHandOff(JournalEntry entry) {
        return SendStrategyName.ACTIVITY_HANDOFF.configName().equals(entry.strategy());
    }

    private static String evidence(DeliveryCheck.Finding finding) {
        if (finding instanceof DeliveryCheck.Finding.NotDelivered none) {
            return none.evidence();
        }
        if (finding instanceof DeliveryCheck.Finding.CannotTell cannot) {
            return cannot.why();
        }
        return ((DeliveryCheck.Finding.Delivered) finding).evidence();
    }

    private static void record(SendJournal journal, JournalEntry entry) {
        try {
            journal.record(entry);
        } catch (SendJournalException e) {
            throw new SendJournalException(
                    SendJournalException.Kind.STORAGE,
                    "the decision about mail " + entry.key() + " could not be recorded (" + e.getMessage()
                            + "); nothing changed: run it again once the journal can be written",
                    e);
        }
    }

    private String now() {
        return WHEN.format(clock.instant().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
    }

    private static String when(JournalEntry entry) {
        return WHEN.format(entry.updatedAt().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
    }
}
