package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.HeadingWords;
import com.roboplanet.soconnector.domain.port.in.ReportSummary.WordCount;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Counts in how many headings each word appears. Bounded: past {@link #MAX_WORDS} distinct words the
 * rarest half is dropped, so a million unique headings cannot exhaust memory; frequent words survive
 * pruning, which is all the "top words" need.
 */
final class WordTally {
    static final int MAX_WORDS = 20_000;

    private final Map<String, Long> counts = new HashMap<>();

    void addHeading(String heading) {
        for (String word : new LinkedHashSet<>(HeadingWords.significantWords(heading))) {
            counts.merge(word, 1L, Long::sum);
        }
        if (counts.size() > MAX_WORDS) {
            prune();
        }
    }

    List<WordCount> top(int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(e -> new WordCount(e.getKey(), e.getValue()))
                .toList();
    }

    private void prune() {
        long median = counts.values().stream()
                .sorted()
                .skip(counts.size() / 2)
                .findFirst()
                .orElse(1L);
        counts.values().removeIf(c -> c <= median);
        if (counts.size() > MAX_WORDS / 2) {
            counts.clear();
        }
    }
}
