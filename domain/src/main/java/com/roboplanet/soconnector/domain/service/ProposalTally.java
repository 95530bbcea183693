package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.TextNormalizer;
import com.roboplanet.soconnector.domain.port.in.KeywordProposal;
import com.roboplanet.soconnector.domain.port.in.KeywordProposal.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts candidate keywords over unmatched headings. Bounded: past {@code capacity} distinct candidates
 * the rarer half is dropped, so a million unique headings cannot exhaust memory; each candidate keeps at
 * most {@link #EXAMPLES} example headings.
 */
final class ProposalTally {
    static final int EXAMPLES = 2;

    private final int capacity;
    private final Map<Key, Entry> entries = new LinkedHashMap<>();
    private boolean pruned;

    ProposalTally(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be 2 or more, was " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * @param key what makes two candidates the same (a skeleton, a folded word)
     * @param text the candidate as shown; the first one seen is kept
     */
    void add(Kind kind, String key, String text, String productCode, String heading) {
        Entry entry = entries.computeIfAbsent(new Key(kind, key, productCode), k -> new Entry(text));
        entry.count++;
        if (entry.examples.size() < EXAMPLES && !entry.examples.contains(heading)) {
            entry.examples.add(heading);
        }
        if (entries.size() > capacity) {
            prune();
        }
    }

    int size() {
        return entries.size();
    }

    boolean pruned() {
        return pruned;
    }

    /**
     * Every candidate by kind, then count (highest first), then text. A keyword that an earlier kind proposes
     * already ({@code Omni} the near miss, {@code omni} the word) is listed once.
     */
    List<KeywordProposal> ranked() {
        return top(Integer.MAX_VALUE);
    }

    /** The {@code n} first of {@link #ranked}. */
    List<KeywordProposal> top(int n) {
        Set<String> listed = new HashSet<>();
        return entries.entrySet().stream()
                .map(e -> new KeywordProposal(
                        e.getKey().kind(),
                        e.getValue().text,
                        e.getKey().productCode(),
                        e.getValue().count,
                        e.getValue().examples))
                .sorted(Comparator.comparing(KeywordProposal::kind)
                        .thenComparing(KeywordProposal::headingCount, Comparator.reverseOrder())
                        .thenComparing(KeywordProposal::text))
                .filter(p -> listed.add(TextNormalizer.skeleton(p.text())))
                .limit(n)
                .toList();
    }

    /** Keeps the more frequent half; among equal counts the earlier seen, so that runs are repeatable. */
    private void prune() {
        List<Map.Entry<Key, Entry>> kept = entries.entrySet().stream()
                .sorted(Comparator.comparing(
                        (Map.Entry<Key, Entry> e) -> e.getValue().count, Comparator.reverseOrder()))
                .limit(capacity / 2)
                .toList();
        Map<Key, Entry> survivors = new LinkedHashMap<>();
        kept.forEach(e -> survivors.put(e.getKey(), e.getValue()));
        entries.keySet().retainAll(survivors.keySet());
        pruned = true;
    }

    private record Key(Kind kind, String key, String productCode) {}

    private static final class Entry {
        private final String text;
        private final List<String> examples = new ArrayList<>(EXAMPLES);
        private long count;

        Entry(String text) {
            this.text = text;
        }
    }
}
