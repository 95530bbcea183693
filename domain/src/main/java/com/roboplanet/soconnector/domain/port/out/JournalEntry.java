package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.StrategyAttempt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The journal's record of one mail. It holds the whole mail so that {@code --resume} can archive it
 * with the right links without the original input.
 *
 * @param strategy the strategy that is sending or served; null in PREPARED
 * @param messageId known from SENDING on when the strategy plans it, always from SENT on
 * @param mime the exact bytes sent; null unless the strategy produced them
 * @param note the last problem, e.g. why the archive failed; empty when none
 */
public record JournalEntry(
        IdempotencyKey key,
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
        if (state == JournalState.HANDED_OFF && taskId == null) {
            throw new IllegalArgumentException("a HANDED_OFF journal entry needs a task id");
        }
    }

    /** A new entry for a mail no strategy has touched. */
    public static JournalEntry prepared(IdempotencyKey key, OutboundEmail email, Instant at) {
        return new JournalEntry(key, JournalState.PREPARED, email, null, null, null, null, null, List.of(), "", at);
    }

    public JournalEntry sending(String strategyName, String plannedMessageId, Instant at) {
        return new JournalEntry(
                key, JournalState.SENDING, email, strategyName, plannedMessageId, null, null, null, attempts, "", at);
    }

    /** Back to PREPARED after a strategy did not serve (or failed before anything left), remembering why. */
    public JournalEntry notServed(StrategyAttempt attempt, Instant at) {
        List<StrategyAttempt> all = new ArrayList<>(attempts);
        all.add(attempt);
        return new JournalEntry(key, JournalState.PREPARED, email, null, null, null, null, null, all, "", at);
    }

    public JournalEntry failedBeforeSending(String why, Instant at) {
        return new JournalEntry(key, JournalState.PREPARED, email, null, null, null, null, null, attempts, why, at);
    }

    public JournalEntry sent(String sentMessageId, byte[] sentMime, Instant at) {
        return new JournalEntry(
                key, JournalState.SENT, email, strategy, sentMessageId, sentMime, null, null, attempts, "", at);
    }

    public JournalEntry archiveFailed(String why, Instant at) {
        return new JournalEntry(key, state, email, strategy, messageId, mime, documentId, taskId, attempts, why, at);
    }

    /** @param archivedDocumentId null when the strategy archived the mail itself without telling us where */
    public JournalEntry archived(Long archivedDocumentId, Instant at) {
        return new JournalEntry(
                key,
                JournalState.ARCHIVED,
                email,
                strategy,
                messageId,
                mime,
                archivedDocumentId,
                null,
                attempts,
                "",
                at);
    }

    public JournalEntry handedOff(long task, Instant at) {
        return new JournalEntry(
                key, JournalState.HANDED_OFF, email, strategy, messageId, null, null, task, attempts, "", at);
    }

    @Override
    public byte[] mime() {
        return mime == null ? null : mime.clone();
    }

    public Optional<byte[]> mimeIfKept() {
        return Optional.ofNullable(mime());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JournalEntry e
                && key.equals(e.key)
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
        return Objects.hash(key, state, strategy, messageId, Arrays.hashCode(mime), documentId, taskId, updatedAt);
    }

    @Override
    public String toString() {
        return "JournalEntry[" + key + ", " + state + ", " + strategy + ", " + messageId + "]";
    }
}
