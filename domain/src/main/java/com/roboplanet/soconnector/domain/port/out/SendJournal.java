package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import java.util.List;
import java.util.Optional;

/**
 * Durable memory of every mail, so that a mail is neither sent twice nor lost across crashes. Each
 * {@link #record} is on disk before it returns.
 */
public interface SendJournal {

    /**
     * Takes the key for this process. Held until the lease is closed or the process ends.
     *
     * @throws SendJournalException when another run holds the key
     */
    Lease lease(IdempotencyKey key);

    /** @throws SendJournalException when the entry exists but cannot be read */
    Optional<JournalEntry> find(IdempotencyKey key);

    /** Replaces the entry for its key, durably. */
    void record(JournalEntry entry);

    /** Every entry that is not {@link JournalState#finished() finished}, oldest first. */
    List<JournalEntry> unfinished();

    /** Exclusive use of one key. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}
