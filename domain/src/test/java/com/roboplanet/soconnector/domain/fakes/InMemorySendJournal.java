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

/**
 * A journal in memory that keeps every state it was given, so tests can assert the sequence; with a second map for the
 * folder an earlier version wrote to, and a switch that makes the next writes fail like a full disk.
 */
public final class InMemorySendJournal implements SendJournal {
    private final Map<IdempotencyKey, JournalEntry> entries = new LinkedHashMap<>();
    private final Map<IdempotencyKey, JournalEntry> earlierFolder = new LinkedHashMap<>();
    private final List<JournalEntry> history = new ArrayList<>();
    private final Set<IdempotencyKey> leased = new HashSet<>();
    private JournalState failFrom;

    @Override
    public Lease lease(IdempotencyKey key) {
        if (!leased.add(key)) {
            throw new SendJournalException(
                    SendJournalException.Kind.IN_USE, "key " + key + " is in use by another run", null);
        }
        return () -> leased.remove(key);
    }

    @Override
    public Optional<JournalEntry> find(IdempotencyKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void record(JournalEntry entry) {
        if (failFrom != null && entry.state() == failFrom) {
            throw new SendJournalException(
                    "cannot write journal file " + entry.key() + ".json: No space left on device");
        }
        entries.put(entry.key(), entry);
        history.add(entry);
    }

    @Override
    public List<JournalEntry> entries() {
        return entries.values().stream()
                .sorted(Comparator.comparing(JournalEntry::updatedAt))
                .toList();
    }

    @Override
    public List<JournalEntry> unassigned() {
        return List.copyOf(earlierFolder.values());
    }

    @Override
    public Optional<JournalEntry> findUnassigned(IdempotencyKey key) {
        return Optional.ofNullable(earlierFolder.get(key));
    }

    @Override
    public void assign(JournalEntry assigned) {
        record(assigned);
        earlierFolder.remove(assigned.key());
    }

    /** Puts an entry as an earlier version left it in its own folder (no tenant). */
    public InMemorySendJournal withEarlierVersionsEntry(JournalEntry entry) {
        earlierFolder.put(entry.key(), entry);
        return this;
    }

    /** From now on, recording an entry in {@code state} fails as on a full disk. */
    public InMemorySendJournal failingToRecord(JournalState state) {
        failFrom = state;
        return this;
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
