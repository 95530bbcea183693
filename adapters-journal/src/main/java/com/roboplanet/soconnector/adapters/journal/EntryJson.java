package com.roboplanet.soconnector.adapters.journal;

import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.Recipient;
import com.roboplanet.soconnector.domain.model.Rep;
import com.roboplanet.soconnector.domain.model.StrategyAttempt;
import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import java.time.Instant;
import java.util.List;

/**
 * The on-disk shape of a journal entry. Kept apart from the domain record so that the file format is stable and
 * versioned; the MIME bytes live in a file beside it, identified by their hash.
 *
 * @param tenant {@code online-Cust12345}; null only in version 1 files, written before the journal knew tenants
 */
record EntryJson(
        int version,
        String key,
        String tenant,
        String state,
        MailJson email,
        String strategy,
        String messageId,
        String emlFile,
        String emlSha256,
        Long documentId,
        Long taskId,
        List<AttemptJson> attempts,
        String note,
        String updatedAt) {

    /** Version 2 records the tenant (issue 13); version 1 files, written before, have none and stay unassigned. */
    static final int VERSION = 2;

    static final int WITHOUT_TENANT = 1;

    record MailJson(
            long repAssociateId,
            String repName,
            String repEmail,
            long personId,
            String recipientName,
            String recipientEmail,
            long contactId,
            Long saleId,
            String subject,
            String textBody,
            String htmlBody) {}

    record AttemptJson(String strategy, String verdict, String reason, String fix) {}

    static EntryJson from(JournalEntry entry, String emlFile, String emlSha256) {
        OutboundEmail m = entry.email();
        MailJson mail = new MailJson(
                m.rep().associateId(),
                m.rep().name(),
                m.rep().email().value(),
                m.recipient().personId(),
                m.recipient().name(),
                m.recipient().email().value(),
                m.contactId(),
                m.saleId(),
                m.subject(),
                m.textBody(),
                m.htmlBody());
        List<AttemptJson> attempts = entry.attempts().stream()
                .map(a -> new AttemptJson(a.strategy(), a.verdict().name(), a.reason(), a.fix()))
                .toList();
        return new EntryJson(
                entry.unassigned() ? WITHOUT_TENANT : VERSION,
                entry.key().value(),
                entry.unassigned() ? null : entry.tenant().value(),
                entry.state().name(),
                mail,
                entry.strategy(),
                entry.messageId(),
                emlFile,
                emlSha256,
                entry.documentId(),
                entry.taskId(),
                attempts,
                entry.note(),
                entry.updatedAt().toString());
    }

    /** @throws RuntimeException when a field is missing or invalid; the caller names the file */
    JournalEntry toEntry(byte[] mime) {
        if (version != VERSION && version != WITHOUT_TENANT) {
            throw new IllegalArgumentException("unknown journal format version " + version);
        }
        if ((version == VERSION) == (tenant == null)) {
            throw new IllegalArgumentException(
                    "format version " + version + " must " + (version == VERSION ? "" : "not ") + "name a tenant");
        }
        Rep rep = new Rep(email.repAssociateId(), email.repName(), new EmailAddress(email.repEmail()));
        Recipient recipient =
                new Recipient(email.personId(), email.recipientName(), new EmailAddress(email.recipientEmail()));
        OutboundEmail mail = new OutboundEmail(
                rep, recipient, email.contactId(), email.saleId(), email.subject(), email.textBody(), email.htmlBody());
        List<StrategyAttempt> tried = attempts == null
                ? List.of()
                : attempts.stream()
                        .map(a -> new StrategyAttempt(
                                a.strategy(), StrategyAttempt.Verdict.valueOf(a.verdict()), a.reason(), a.fix()))
                        .toList();
        return new JournalEntry(
                new IdempotencyKey(key),
                tenant == null ? null : TenantId.parse(tenant),
                JournalState.valueOf(state),
                mail,
                strategy,
                messageId,
                mime,
                documentId,
                taskId,
                tried,
                note,
                Instant.parse(updatedAt));
    }
}
