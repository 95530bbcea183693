package com.roboplanet.soconnector.domain.fakes;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A journal in memory that keeps every state it was given, so tests can assert the sequence. */
public final class InMemorySendJournal implements SendJournal {
    private final Map<IdempotencyKey, JournalEntry> entries = new LinkedHashMap<>();
    private final List<JournalEntry> history = new ArrayList<>();
    private final Set<IdempotencyKey> leased = new HashSet<>();

    @Override
    public Lease lease(IdempotencyKey key) {
        if (!leased.add(key)) {
            throw new SendJournalException("key " + key + " is in use by another run");
        }
        return () -> leased.remove(key);
    }

    @Override
    public Optional<JournalEntry> find(IdempotencyKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void record(JournalEntry entry) {
        entries.put(entry.key(), entry);
        history.add(entry);
    }

    @Override
    public List<JournalEntry> unfinished() {
        return entries.values().stream()
                .filter(e -> !e.state().finished())
                .sorted(Comparator.comparing(JournalEntry::updatedAt))
                .toList();
    }

    public List<JournalState> states(IdempotencyKey key) {
        return history.stream()
                .filter(e -> e.key().equals(key))
                .map(JournalEntry::state)
                .toList();
    }

    public boolean isLeased(IdempotencyKey key) {
        return leased.contains(key);
    }
}
