package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import java.util.List;
import java.util.Optional;

/**
 * Durable memory of every mail, so that a mail is neither sent twice nor lost across crashes. Each {@link #record} is
 * on disk before it returns. One journal holds the mails of one tenant ({@link JournalLocation}); entries an earlier
 * version wrote without a tenant are {@link #unassigned()} until a person assigns them.
 */
public interface SendJournal {

    /**
     * Takes the key for this process. Held until the lease is closed or the process ends.
     *
     * @throws SendJournalException of kind {@code IN_USE} when another run holds the key
     */
    Lease lease(IdempotencyKey key);

    /**
     * The entry of this journal under {@code key}, whatever tenant it names.
     *
     * @throws SendJournalException when the entry exists but cannot be read
     */
    Optional<JournalEntry> find(IdempotencyKey key);

    /**
     * Replaces the entry for its key, durably.
     *
     * @throws SendJournalException of kind {@code STORAGE} naming the file and the system's reason (a full disk, say)
     */
    void record(JournalEntry entry);

    /** Every entry of this journal (unassigned ones included), oldest first. */
    List<JournalEntry> entries();

    /**
     * The entries an earlier version wrote without a tenant and that are not in this journal: those in the folder it
     * used ({@link JournalLocation#legacyDirectory()}). Unassigned entries in this journal's own folder are in {@link
     * #entries()}.
     */
    List<JournalEntry> unassigned();

    /** The entry under {@code key} in the folder an earlier version wrote to ({@link #unassigned()}), if any. */
    Optional<JournalEntry> findUnassigned(IdempotencyKey key);

    /**
     * Records an entry a person assigned to a tenant ({@link JournalEntry#assignedTo}) in this journal, with its kept
     * bytes, then removes the earlier version's file of the same key from its folder: only once the new one is on disk,
     * so that a crash in between leaves the entry twice, never lost.
     *
     * @throws SendJournalException of kind {@code STORAGE} naming the file and the system's reason
     */
    void assign(JournalEntry assigned);

    /** Exclusive use of one key. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}
