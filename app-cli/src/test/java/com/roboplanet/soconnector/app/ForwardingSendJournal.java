package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import java.util.List;
import java.util.Optional;

/** A journal that hands every call to another; tests override the one call where something happens. */
class ForwardingSendJournal implements SendJournal {
    private final SendJournal journal;

    ForwardingSendJournal(SendJournal journal) {
        this.journal = journal;
    }

    @Override
    public Lease lease(IdempotencyKey key) {
        return journal.lease(key);
    }

    @Override
    public Optional<JournalEntry> find(IdempotencyKey key) {
        return journal.find(key);
    }

    @Override
    public void record(JournalEntry entry) {
        journal.record(entry);
    }

    @Override
    public List<JournalEntry> entries() {
        return journal.entries();
    }

    @Override
    public List<JournalEntry> unassigned() {
        return journal.unassigned();
    }

    @Override
    public Optional<JournalEntry> findUnassigned(IdempotencyKey key) {
        return journal.findUnassigned(key);
    }

    @Override
    public void assign(JournalEntry assigned) {
        journal.assign(assigned);
    }
}
