package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.model.SendStrategyName;
import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import java.util.List;
import java.util.Optional;

/** Turns journal entries into receipts, so that a send, a batch row, a resume and a decision report alike. */
final class Receipts {
    private Receipts() {}

    static SendReceipt of(JournalEntry entry, Status status, String detail) {
        return of(entry, status, detail, false);
    }

    /** @param strategyCalled whether this run called a strategy for the mail */
    static SendReceipt of(JournalEntry entry, Status status, String detail, boolean strategyCalled) {
        return new SendReceipt(
                entry.key(),
                status,
                entry.strategy(),
                entry.messageId(),
                entry.documentId(),
                entry.taskId(),
                entry.attempts(),
                detail,
                List.of(),
                strategyCalled);
    }

    /** An ARCHIVED or HANDED_OFF entry: finished, nothing done now. */
    static SendReceipt alreadyDone(JournalEntry entry, String how) {
        String detail = switch (entry.state()) {
            case ARCHIVED ->
                "already sent via " + entry.strategy() + " as " + entry.messageId() + " and "
                        + (entry.documentId() == null
                                ? "kept by " + entry.strategy()
                                : "archived as document " + entry.documentId())
                        + how + "; nothing sent again";
            case HANDED_OFF ->
                "already handed off to the rep as "
                        + (entry.taskId() == null ? "a task a person confirmed" : "task " + entry.taskId()) + how
                        + "; nothing done again";
            case PREPARED, SENDING, SENT ->
                throw new IllegalArgumentException("entry " + entry.key() + " is " + entry.state() + ", not done");
        };
        return of(entry, Status.ALREADY_DONE, detail);
    }

    /**
     * A SENDING entry nobody can settle from here: where to look, and the two decisions.
     *
     * @param why what happened, e.g. the connection that broke after the data; empty for "an earlier run stopped"
     */
    static SendReceipt needsChecking(JournalEntry entry, String why, boolean strategyCalled) {
        return needsChecking(entry, why, "", strategyCalled);
    }

    /** @param looked what the connector's own lookup said (SuperOffice could not be asked, say); empty when none */
    static SendReceipt needsChecking(JournalEntry entry, String why, String looked, boolean strategyCalled) {
        String id = entry.messageId() == null ? "" : " (Message-ID " + entry.messageId() + ")";
        String what = why.isEmpty() ? "an earlier run stopped while " + entry.strategy() + " was sending it" + id : why;
        return of(
                entry,
                Status.NEEDS_CHECKING,
                what + ": nothing the connector can read shows whether it arrived"
                        + (looked.isEmpty() ? "" : " (" + looked + ")") + ". Look for " + whereToLook(entry)
                        + "; found: send --resolve " + entry.key() + " --sent"
                        + (entry.mime() == null ? "" : " (archives the kept copy)")
                        + "; not found: send --resolve " + entry.key() + " --not-sent, then send again"
                        + (entry.messageId() == null ? "" : " (same Message-ID)"),
                strategyCalled);
    }

    /** Where a person finds out whether an interrupted send arrived, in the words of the strategy that was sending. */
    static String whereToLook(JournalEntry entry) {
        String id = Optional.ofNullable(entry.messageId()).orElse("(none planned)");
        Optional<SendStrategyName> strategy = SendStrategyName.byConfigName(entry.strategy());
        if (strategy.isEmpty()) {
            return "the mail with Message-ID " + id + " wherever " + entry.strategy() + " keeps what it sent";
        }
        return switch (strategy.get()) {
            case SMTP_RELAY ->
                "Message-ID " + id + " in the relay's log or message trace (Exchange Online, Google Workspace), or in "
                        + entry.email().recipient().name() + "'s inbox";
            case EMAIL_AGENT ->
                "Message-ID " + id + " in " + entry.email().rep().name() + "'s sent items (the SuperOffice mail account"
                        + " of " + entry.email().rep().email() + ")";
            case ACTIVITY_HANDOFF ->
                "a task in SuperOffice for " + entry.email().rep().name() + " (associate "
                        + entry.email().rep().associateId() + ") linked to "
                        + entry.email().recipient().name()
                        + " (person " + entry.email().recipient().personId() + ")"
                        + entry.email().saleIdIfAny().stream()
                                .mapToObj(sale -> " and sale " + sale)
                                .findFirst()
                                .orElse("")
                        + " whose text carries key " + entry.key();
        };
    }

    /** An entry of an earlier version, without a tenant: never finished before a person assigns it. */
    static SendReceipt unassigned(JournalEntry entry) {
        return of(
                entry,
                Status.UNASSIGNED,
                "written by an earlier version that did not record the tenant (" + entry.state()
                        + (entry.messageId() == null ? "" : ", Message-ID " + entry.messageId()) + ", \""
                        + entry.email().subject() + "\" to "
                        + entry.email().recipient().email()
                        + "): nothing is sent or archived for it until you assign it. If it was sent for this"
                        + " tenant, run send --resume --assign-legacy-to-current-tenant; if for another one (a trial on"
                        + " the sandbox), run that with the other tenant's settings");
    }

    /** An entry sent for another tenant: never archived or sent here. */
    static SendReceipt otherTenant(JournalEntry entry, TenantId current) {
        return of(
                entry,
                Status.OTHER_TENANT,
                "sent for tenant " + entry.tenant() + ", not " + current + " (this run's settings): nothing done;"
                        + " finish it with " + entry.tenant() + "'s settings (send --resume)");
    }

    static SendReceipt notSent(JournalEntry entry, String how) {
        String why = entry.note().isEmpty() ? "" : " (" + entry.note() + ")";
        return of(entry, Status.NOT_SENT, "not sent" + why + how);
    }
}
