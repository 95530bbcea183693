package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.StrategyAttempt;
import com.roboplanet.soconnector.domain.model.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The journal's record of one mail. It holds the whole mail so that {@code --resume} and {@code --resolve} can finish
 * it with the right links without the original input.
 *
 * @param tenant the tenant the mail is sent for; null for an entry written by a version before issue 13, which did not
 *     record it (such an entry is never archived before a person assigned it to a tenant)
 * @param strategy the strategy that is sending or served; null in PREPARED
 * @param messageId known from SENDING on when the strategy plans it, always from SENT on
 * @param mime the exact bytes handed to the relay; from SENDING on when the strategy renders the mail itself (so that a
 *     mail whose run died after the relay took it can still be archived), null otherwise
 * @param taskId the hand-off task; null in HANDED_OFF only when a person confirmed a task the connector could not look
 *     up
 * @param note the last problem or decision, e.g. why the archive failed; empty when none
 */
public record JournalEntry(
        IdempotencyKey key,
        TenantId tenant,
        JournalState state,
        OutboundEmail email,
        String strategy,
        String messageId,
        byte[] mime,
        Long documentId,
        Long taskId,
        List<StrategyAttempt> attempts,
        String note,
        Instant updatedAt) {

    public JournalEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(updatedAt, "updatedAt");
        mime = mime == null ? null : mime.clone();
        attempts = List.copyOf(Objects.requireNonNullElse(attempts, List.of()));
        note = Objects.requireNonNullElse(note, "");
        if ((state == JournalState.SENT || state == JournalState.ARCHIVED) && messageId == null) {
            throw new IllegalArgumentException("a " + state + " journal entry needs a Message-ID");
        }
        if (state != JournalState.PREPARED && strategy == null) {
            throw new IllegalArgumentException("a " + state + " journal entry needs the strategy");
        }
    }

    /** A new entry for a mail no strategy has touched. */
    public static JournalEntry prepared(IdempotencyKey key, TenantId tenant, OutboundEmail email, Instant at) {
        Objects.requireNonNull(tenant, "tenant");
        return new JournalEntry(
                key, tenant, JournalState.PREPARED, email, null, null, null, null, null, List.of(), "", at);
    }

    /** A strategy is about to send the mail as {@code prepared}: its Message-ID and bytes are recorded first. */
    public JournalEntry sending(String strategyName, PreparedMail prepared, Instant at) {
        return new JournalEntry(
                key,
                tenant,
                JournalState.SENDING,
                email,
                strategyName,
                prepared.messageId(),
                prepared.mime(),
                null,
                null,
                attempts,
                "",
                at);
    }

    /** Back to PREPARED after a strategy did not serve (or failed before anything left), remembering why. */
    public JournalEntry notServed(StrategyAttempt attempt, Instant at) {
        List<StrategyAttempt> all = new ArrayList<>(attempts);
        all.add(attempt);
        return new JournalEntry(key, tenant, JournalState.PREPARED, email, null, null, null, null, null, all, "", at);
    }

    /** Back to PREPARED: nothing left (a failure before sending, or a person or a lookup decided it did not arrive). */
    public JournalEntry notSent(String why, Instant at) {
        return new JournalEntry(
                key, tenant, JournalState.PREPARED, email, null, null, null, null, null, attempts, why, at);
    }

    /** @param sentMime the bytes handed over; null keeps the ones recorded when sending started */
    public JournalEntry sent(String sentMessageId, byte[] sentMime, String why, Instant at) {
        return new JournalEntry(
                key,
                tenant,
                JournalState.SENT,
                email,
                strategy,
                sentMessageId,
                sentMime == null ? mime : sentMime,
                null,
                null,
                attempts,
                why,
                at);
    }

    public JournalEntry archiveFailed(String why, Instant at) {
        return new JournalEntry(
                key, tenant, state, email, strategy, messageId, mime, documentId, taskId, attempts, why, at);
    }

    /** @param archivedDocumentId null when the strategy archived the mail itself without telling us where */
    public JournalEntry archived(Long archivedDocumentId, Instant at) {
        return new JournalEntry(
                key,
                tenant,
                JournalState.ARCHIVED,
                email,
                strategy,
                messageId,
                mime,
                archivedDocumentId,
                null,
                attempts,
                note,
                at);
    }

    /** @param task null when a person confirmed the task and the connector could not look it up */
    public JournalEntry handedOff(Long task, String why, Instant at) {
        return new JournalEntry(
                key, tenant, JournalState.HANDED_OFF, email, strategy, messageId, null, null, task, attempts, why, at);
    }

    /** The same entry for {@code tenant}: a person assigned an earlier version's entry to it. */
    public JournalEntry assignedTo(TenantId owner, Instant at) {
        return new JournalEntry(
                key,
                Objects.requireNonNull(owner, "owner"),
                state,
                email,
                strategy,
                messageId,
                mime,
                documentId,
                taskId,
                attempts,
                "assigned to tenant " + owner + " by a person; written by an earlier version without a tenant",
                at);
    }

    @Override
    public byte[] mime() {
        return mime == null ? null : mime.clone();
    }

    public Optional<byte[]> mimeIfKept() {
        return Optional.ofNullable(mime());
    }

    /** Written by a version before issue 13, which did not record the tenant. */
    public boolean unassigned() {
        return tenant == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JournalEntry e
                && key.equals(e.key)
                && Objects.equals(tenant, e.tenant)
                && state == e.state
                && email.equals(e.email)
                && Objects.equals(strategy, e.strategy)
                && Objects.equals(messageId, e.messageId)
                && Arrays.equals(mime, e.mime)
                && Objects.equals(documentId, e.documentId)
                && Objects.equals(taskId, e.taskId)
                && attempts.equals(e.attempts)
                && note.equals(e.note)
                && updatedAt.equals(e.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                key, tenant, state, strategy, messageId, Arrays.hashCode(mime), documentId, taskId, updatedAt);
    }

    @Override
    public String toString() {
        return "JournalEntry[" + key + ", " + tenant + ", " + state + ", " + strategy + ", " + messageId + "]";
    }
}
