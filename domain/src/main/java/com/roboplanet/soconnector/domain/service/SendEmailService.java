package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.model.StrategyAttempt;
import com.roboplanet.soconnector.domain.model.StrategyAttempt.Verdict;
import com.roboplanet.soconnector.domain.port.in.SendEmailCommand;
import com.roboplanet.soconnector.domain.port.in.SendEmailUseCase;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
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

/**
 * Walks the configured strategies in order. Falls through only when a strategy says "not granted"
 * or "not available"; once one has sent or handed off, no other is asked. Every step is in the
 * journal before the next one starts, so that a crash anywhere is recoverable without a second send.
 */
public final class SendEmailService implements SendEmailUseCase {
    private final List<SendStrategy> strategies;
    private final SendJournal journal;
    private final ArchiveStep archiveStep;
    private final Clock clock;

    /** @param strategies in the order they are tried; at least one */
    public SendEmailService(List<SendStrategy> strategies, MailArchive archive, SendJournal journal, Clock clock) {
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("at least one send strategy must be configured");
        }
        this.strategies = List.copyOf(strategies);
        this.journal = journal;
        this.clock = clock;
        this.archiveStep = new ArchiveStep(archive, journal, clock);
    }

    @Override
    public SendReceipt send(SendEmailCommand command) {
        if (command.dryRun()) {
            return dryRun(command);
        }
        SendJournal.Lease lease = journal.lease(command.key());
        try {
            Optional<JournalEntry> existing = journal.find(command.key());
            if (existing.isEmpty()) {
                JournalEntry prepared = JournalEntry.prepared(command.key(), command.email(), clock.instant());
                journal.record(prepared);
                return walk(prepared);
            }
            JournalEntry entry = sameMail(existing.get(), command);
            return switch (entry.state()) {
                case ARCHIVED, HANDED_OFF, SENT -> Receipts.alreadyDone(entry);
                case PREPARED -> walk(entry);
                case SENDING -> command.resendUnconfirmed() ? walk(reopen(entry)) : Receipts.needsChecking(entry);
            };
        } finally {
            lease.close();
        }
    }

    private JournalEntry reopen(JournalEntry unconfirmed) {
        JournalEntry reopened = unconfirmed.failedBeforeSending(
                "resent on request after " + unconfirmed.strategy() + " was interrupted while sending "
                        + unconfirmed.messageId(),
                clock.instant());
        journal.record(reopened);
        return reopened;
    }

    private static JournalEntry sameMail(JournalEntry entry, SendEmailCommand command) {
        if (!entry.email().equals(command.email())) {
            throw new IllegalArgumentException("idempotency key " + command.key()
                    + " was already used for a different mail (subject \""
                    + entry.email().subject()
                    + "\"); choose another key");
        }
        return entry;
    }

    private SendReceipt walk(JournalEntry prepared) {
        JournalEntry entry = prepared;
        OutboundEmail email = entry.email();
        IdempotencyKey key = entry.key();
        for (SendStrategy strategy : strategies) {
            String planned = strategy.plannedMessageId(email, key).orElse(null);
            JournalEntry sending = entry.sending(strategy.name(), planned, clock.instant());
            journal.record(sending);
            SendOutcome outcome = attempt(strategy, sending);
            if (outcome instanceof Sent sent) {
                JournalEntry sentEntry = sending.sent(sent.messageId(), sent.mime(), clock.instant());
                recordDelivered(sentEntry, "was sent via " + strategy.name() + " as " + sent.messageId());
                return archiveStep.complete(sentEntry, sent.documentId());
            }
            if (outcome instanceof HandedOff handedOff) {
                JournalEntry done = sending.handedOff(handedOff.taskId(), clock.instant());
                recordDelivered(done, "was handed off as task " + handedOff.taskId());
                return Receipts.of(
                        done,
                        Status.HANDED_OFF,
                        "handed off to " + email.rep().name() + " as task " + handedOff.taskId()
                                + ": the rep checks and sends it from their own mail program");
            }
            entry = sending.notServed(notServed(strategy, outcome), clock.instant());
            journal.record(entry);
        }
        return Receipts.of(
                entry,
                Status.NOT_SENT,
                "not sent: no configured strategy could send it (" + summary(entry.attempts()) + ")");
    }

    /**
     * The mail has left; if the journal cannot say so, the user must hear that it left, or they would
     * take the failure for "not sent" and send it again.
     */
    private void recordDelivered(JournalEntry entry, String what) {
        try {
            journal.record(entry);
        } catch (SendJournalException e) {
            throw new SendJournalException(
                    "mail " + entry.key() + " " + what + ", but the journal could not record it (" + e.getMessage()
                            + "); do not send it again",
                    e);
        }
    }

    private SendOutcome attempt(SendStrategy strategy, JournalEntry sending) {
        try {
            return strategy.send(sending.email(), sending.key());
        } catch (SendStrategyException e) {
            if (!e.possiblyDelivered()) {
                journal.record(sending.failedBeforeSending(strategy.name() + ": " + e.getMessage(), clock.instant()));
            }
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

    private SendReceipt dryRun(SendEmailCommand command) {
        Optional<JournalEntry> existing = journal.find(command.key());
        if (existing.isPresent()) {
            JournalEntry entry = sameMail(existing.get(), command);
            return switch (entry.state()) {
                case ARCHIVED, HANDED_OFF, SENT -> Receipts.alreadyDone(entry);
                case SENDING -> Receipts.needsChecking(entry);
                case PREPARED -> plan(command);
            };
        }
        return plan(command);
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
        plan.add("key: " + command.key());
        return new SendReceipt(
                command.key(),
                Status.DRY_RUN,
                null,
                null,
                null,
                null,
                List.of(),
                "dry run: nothing sent, nothing written",
                plan);
    }
}
