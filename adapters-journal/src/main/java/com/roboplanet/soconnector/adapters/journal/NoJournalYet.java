package com.roboplanet.soconnector.adapters.journal;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import java.util.List;
import java.util.Optional;

/**
 * The journal of a dry run in a directory that does not exist yet: it knows no mail, and it may not be written, so
 * that a dry run does not even create the directory.
 */
final class NoJournalYet implements SendJournal {
    @Override
    public Lease lease(IdempotencyKey key) {
        throw new IllegalStateException("a dry run takes no lease");
    }

    @Override
    public Optional<JournalEntry> find(IdempotencyKey key) {
        return Optional.empty();
    }

    @Override
    public void record(JournalEntry entry) {
        throw new IllegalStateException("a dry run writes nothing");
    }

    @Override
    public List<JournalEntry> unfinished() {
        return List.of();
    }
}
