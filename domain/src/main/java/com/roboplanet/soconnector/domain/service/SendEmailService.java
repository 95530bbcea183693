package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.model.StrategyAttempt;
import com.roboplanet.soconnector.domain.model.StrategyAttempt.Verdict;
import com.roboplanet.soconnector.domain.port.in.SendEmailCommand;
import com.roboplanet.soconnector.domain.port.in.SendEmailUseCase;
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.PreparedMail;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendOutcome.HandedOff;
import com.roboplanet.soconnector.domain.port.out.SendOutcome.NotAvailable;
import com.roboplanet.soconnector.domain.port.out.SendOutcome.NotGranted;
import com.roboplanet.soconnector.domain.port.out.SendOutcome.Sent;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.domain.port.out.SendStrategyException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Walks the configured strategies in order. Falls through only when a strategy says "not granted" or "not available";
 * once one has sent or handed off, no other is asked. Every step is in the journal before the next one starts, the
 * Message-ID and the bytes before the strategy is called, so that a crash anywhere is recoverable without a second send.
 * A mail the journal already knows is finished from where it stopped (ADR 0005 has the table of every state and what
 * each command does with it).
 */
public final class SendEmailService implements SendEmailUseCase {
    private final List<SendStrategy> strategies;
    private final SendJournal journal;
    private final ArchiveStep archiveStep;
    private final InterruptedSends interrupted;
    private final Supplier<DeliveryCheck> check;
    private final Clock clock;

    /**
     * @param strategies in the order they are tried; at least one
     * @param archive and {@code check} are asked for only when needed, because reaching the CRM opens a connection
     */
    public SendEmailService(
            List<SendStrategy> strategies,
            Supplier<MailArchive> archive,
            SendJournal journal,
            Supplier<DeliveryCheck> check,
            Clock clock) {
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("at least one send strategy must be configured");
        }
        this.strategies = List.copyOf(strategies);
        this.journal = journal;
        this.clock = clock;
        this.archiveStep = new ArchiveStep(archive, journal, clock);
        this.interrupted = new InterruptedSends(check, journal, clock);
        this.check = check;
    }

    @Override
    public SendReceipt send(SendEmailCommand command) {
        if (command.dryRun()) {
            return dryRun(command);
        }
        try (SendJournal.Lease lease = journal.lease(command.key())) {
            Optional<JournalEntry> known = known(command);
            if (known.isEmpty()) {
                if (earlierVersionsEntry(command).isPresent()) {
                    return Receipts.unassigned(earlierVersionsEntry(command).get());
                }
                JournalEntry prepared =
                        JournalEntry.prepared(command.key(), command.tenant(), command.email(), clock.instant());
                journal.record(prepared);
                return walk(prepared);
            }
            JournalEntry entry = known.get();
            if (entry.unassigned()) {
                return Receipts.unassigned(entry);
            }
            return switch (entry.state()) {
                case ARCHIVED, HANDED_OFF -> Receipts.alreadyDone(entry, "");
                case SENT -> archiveStep.complete(entry, null, false);
                case PREPARED -> walk(entry);
                case SENDING -> settle(entry, command.resendUnconfirmed());
            };
        }
    }

    /**
     * This mail's entry: under its key, else under the key an earlier version derived, once a person assigned that
     * entry to this tenant.
     *
     * @throws IllegalArgumentException when a key the user named holds another mail, or another tenant's
     */
    private Optional<JournalEntry> known(SendEmailCommand command) {
        Optional<JournalEntry> byKey = journal.find(command.key());
        if (byKey.isPresent()) {
            return Optional.of(sameMail(byKey.get(), command));
        }
        Optional<IdempotencyKey> earlierKey = command.keyOfEarlierVersions();
        if (earlierKey.isEmpty()) {
            return Optional.empty();
        }
        return journal.find(earlierKey.get())
                .filter(e -> e.email().equals(command.email()))
                .filter(e -> e.unassigned() || e.tenant().equals(command.tenant()));
    }

    /** An entry of the same mail that an earlier version left in the folder it used, not yet assigned. */
    private Optional<JournalEntry> earlierVersionsEntry(SendEmailCommand command) {
        return command.keyOfEarlierVersions()
                .flatMap(journal::findUnassigned)
                .filter(e -> e.email().equals(command.email()));
    }

    private static JournalEntry sameMail(JournalEntry entry, SendEmailCommand command) {
        if (!entry.email().equals(command.email())) {
            throw new IllegalArgumentException("idempotency key " + command.key()
                    + " was already used for a different mail (subject \""
                    + entry.email().subject()
                    + "\"); choose another key");
        }
        if (!entry.unassigned() && !entry.tenant().equals(command.tenant())) {
            throw new IllegalArgumentException("idempotency key " + command.key() + " was already used for this mail"
                    + " on tenant " + entry.tenant() + "; this run is for " + command.tenant()
                    + ": choose another key, or keep each tenant's journal apart (the default)");
        }
        return entry;
    }

    /** A person checked and did not find it: back to PREPARED, then sent with the same Message-ID. */
    private JournalEntry reopen(JournalEntry unconfirmed) {
        JournalEntry reopened = unconfirmed.notSent(
                "resent on request (--resend-unconfirmed) after " + unconfirmed.strategy() + " was interrupted while"
                        + " sending" + (unconfirmed.messageId() == null ? "" : " " + unconfirmed.messageId()),
                clock.instant());
        journal.record(reopened);
        return reopened;
    }

    /**
     * An earlier run died mid-send: the CRM is asked first, also when the user confirmed a resend, so that a task or an
     * archived mail it shows is never made twice; only what it cannot tell goes to a person (or, with {@code
     * resendUnconfirmed}, is sent again as the person decided).
     */
    private SendReceipt settle(JournalEntry sending, boolean resendUnconfirmed) {
        InterruptedSends.Settled settled = interrupted.settle(sending);
        JournalEntry entry = settled.entry();
        return switch (entry.state()) {
            case HANDED_OFF, ARCHIVED -> Receipts.alreadyDone(entry, " (" + settled.evidence() + ")");
            case PREPARED -> walk(entry);
            case SENDING ->
                resendUnconfirmed ? walk(reopen(entry)) : Receipts.needsChecking(entry, "", settled.evidence(), false);
            case SENT -> throw new IllegalStateException("a settled entry is never left SENT: " + entry.key());
        };
    }

    private SendReceipt walk(JournalEntry prepared) {
        JournalEntry entry = prepared;
        OutboundEmail email = entry.email();
        IdempotencyKey key = entry.key();
        for (SendStrategy strategy : strategies) {
            PreparedMail mail = strategy.prepare(email, key);
            JournalEntry sending = entry.sending(strategy.name(), mail, clock.instant());
            journal.record(sending);
            SendOutcome outcome;
            try {
                outcome = attempt(strategy, sending, mail);
            } catch (PossiblyDelivered e) {
                return Receipts.needsChecking(sending, e.getMessage(), true);
            }
            if (outcome instanceof Sent sent) {
                JournalEntry sentEntry = sending.sent(sent.messageId(), sent.mime(), "", clock.instant());
                recordDelivered(
                        sentEntry,
                        "was sent via " + strategy.name() + " as " + sent.messageId(),
                        "--resolve " + key + " --sent",
                        " (it archives the kept copy and never sends again)");
                return archiveStep.complete(sentEntry, sent.documentId(), true);
            }
            if (outcome instanceof HandedOff handedOff) {
                JournalEntry done = sending.handedOff(handedOff.taskId(), "", clock.instant());
                recordDelivered(
                        done,
                        "was handed off as task " + handedOff.taskId(),
                        "--resume",
                        " (it finds the task by the key in its text and never creates another)");
                return Receipts.of(
                        done,
                        Status.HANDED_OFF,
                        "handed off to " + email.rep().name() + " as task " + handedOff.taskId()
                                + ": the rep checks and sends it from their own mail program",
                        true);
            }
            entry = sending.notServed(notServed(strategy, outcome), clock.instant());
            journal.record(entry);
        }
        return Receipts.of(
                entry,
                Status.NOT_SENT,
                "not sent: no configured strategy could send it (" + summary(entry.attempts()) + ")",
                true);
    }

    /**
     * The mail has left; if the journal cannot say so, the user must hear that it left and how to finish it, or they
     * would take the failure for "not sent" and send it again.
     */
    /** @param finish the arguments of {@code send} that finish the mail; {@code why} says what they do */
    private void recordDelivered(JournalEntry entry, String what, String finish, String why) {
        try {
            journal.record(entry);
        } catch (SendJournalException e) {
            throw new SendJournalException(
                    SendJournalException.Kind.AFTER_SENDING,
                    "mail " + entry.key() + " " + what + ", but the journal could not record it (" + e.getMessage()
                            + "); do not send it again: once the journal can be written, run send " + finish + why,
                    finish,
                    e);
        }
    }

    /** The strategy said the mail may have left: the entry stays SENDING and a person decides. */
    private static final class PossiblyDelivered extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PossiblyDelivered(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SendOutcome attempt(SendStrategy strategy, JournalEntry sending, PreparedMail mail) {
        try {
            return strategy.send(mail);
        } catch (SendStrategyException e) {
            if (e.possiblyDelivered()) {
                throw new PossiblyDelivered(strategy.name() + ": " + e.getMessage(), e);
            }
            journal.record(sending.notSent(strategy.name() + ": " + e.getMessage(), clock.instant()));
            throw e;
        }
    }

    private static StrategyAttempt notServed(SendStrategy strategy, SendOutcome outcome) {
        if (outcome instanceof NotGranted n) {
            return new StrategyAttempt(strategy.name(), Verdict.NOT_GRANTED, n.reason(), n.fix());
        }
        NotAvailable n = (NotAvailable) outcome;
        return new StrategyAttempt(strategy.name(), Verdict.NOT_AVAILABLE, n.reason(), n.fix());
    }

    private static String summary(List<StrategyAttempt> attempts) {
        List<String> parts = new ArrayList<>();
        for (StrategyAttempt a : attempts) {
            parts.add(a.strategy() + ": " + a.reason());
        }
        return String.join("; ", parts);
    }

    /** Reads the journal and says what a real run would do; sends, writes and asks the CRM nothing. */
    private SendReceipt dryRun(SendEmailCommand command) {
        Optional<JournalEntry> known = known(command);
        if (known.isEmpty()) {
            return earlierVersionsEntry(command).map(Receipts::unassigned).orElseGet(() -> plan(command));
        }
        JournalEntry entry = known.get();
        if (entry.unassigned()) {
            return Receipts.unassigned(entry);
        }
        return switch (entry.state()) {
            case ARCHIVED, HANDED_OFF -> Receipts.alreadyDone(entry, "");
            case SENT ->
                Receipts.of(
                        entry,
                        Status.SENT_ARCHIVE_PENDING,
                        "dry run: already sent via " + entry.strategy() + " as " + entry.messageId()
                                + "; a real run archives it now and never sends it again");
            case SENDING -> lookWithoutWriting(entry, command);
            case PREPARED -> plan(command);
        };
    }

    /** What a real run would make of an interrupted send, from the same lookup, without recording it. */
    private SendReceipt lookWithoutWriting(JournalEntry sending, SendEmailCommand command) {
        DeliveryCheck.Finding finding = check.get().check(sending);
        if (finding instanceof DeliveryCheck.Finding.Delivered found) {
            return Receipts.of(
                    sending,
                    Status.ALREADY_DONE,
                    "dry run: an earlier run delivered it (" + found.evidence() + "); a real run records that and"
                            + " sends nothing");
        }
        if (finding instanceof DeliveryCheck.Finding.NotDelivered) {
            return plan(command);
        }
        return Receipts.needsChecking(sending, "", false);
    }

    private SendReceipt plan(SendEmailCommand command) {
        OutboundEmail email = command.email();
        List<String> plan = new ArrayList<>();
        plan.add("from rep: " + email.rep().name() + " <" + email.rep().email() + "> (associate "
                + email.rep().associateId() + ")");
        plan.add("to: " + email.recipient().name() + " <" + email.recipient().email() + "> (person "
                + email.recipient().personId() + ", contact " + email.contactId()
                + email.saleIdIfAny().stream()
                        .mapToObj(id -> ", sale " + id)
                        .findFirst()
                        .orElse("") + ")");
        plan.add("subject: " + email.subject());
        plan.add("body: " + email.textBody().length() + " characters of text"
                + email.htmlBodyIfAny()
                        .map(h -> " and " + h.length() + " of HTML")
                        .orElse(""));
        for (int i = 0; i < strategies.size(); i++) {
            SendStrategy strategy = strategies.get(i);
            plan.add((i == 0 ? "try " : "else ") + strategy.name() + ": " + strategy.describe(email));
        }
        plan.add("tenant: " + command.tenant());
        plan.add("key: " + command.key());
        List<String> unavailable = new ArrayList<>();
        strategies.forEach(
                s -> s.unavailableByConfiguration().ifPresent(n -> unavailable.add(s.name() + ": " + n.reason())));
        if (unavailable.size() == strategies.size()) {
            return new SendReceipt(
                    command.key(),
                    Status.NOT_SENT,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    "dry run: it would not be sent, no configured strategy can serve (" + String.join("; ", unavailable)
                            + "); nothing sent, nothing written",
                    plan,
                    false);
        }
        return new SendReceipt(
                command.key(),
                Status.DRY_RUN,
                null,
                null,
                null,
                null,
                List.of(),
                "dry run: nothing sent, nothing written",
                plan,
                false);
    }
}
