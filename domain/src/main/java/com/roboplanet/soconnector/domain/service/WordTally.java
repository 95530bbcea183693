package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.HeadingWords;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.ReportSummary.WordCount;
import com.roboplanet.soconnector.domain.port.out.ReportTotals.SaleExample;
import com.roboplanet.soconnector.domain.port.out.ReportTotals.UnmatchedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Counts in how many headings each word appears, and keeps the first {@value #EXAMPLES} sales of each. Bounded: past
 * {@link #MAX_WORDS} distinct words the rarest half is dropped, so a million unique headings cannot exhaust memory;
 * frequent words survive pruning, which is all the "top words" need. At the bound the examples hold at most two
 * headings per word (they are the sales' own strings, not copies).
 */
final class WordTally {
    static final int MAX_WORDS = 20_000;
    static final int EXAMPLES = 2;

    private final Map<String, Tallied> counts = new HashMap<>();

    /** Counts the words of an unmatched sale's heading, keeping the sale as an example of each word still short of them. */
    void addSale(Sale sale) {
        for (String word : new LinkedHashSet<>(HeadingWords.significantWords(sale.heading()))) {
            Tallied tallied = counts.computeIfAbsent(word, w -> new Tallied());
            tallied.count++;
            if (tallied.examples.size() < EXAMPLES) {
                tallied.examples.add(new SaleExample(
                        sale.id(),
                        sale.customer() == null ? "" : sale.customer().name(),
                        sale.heading()));
            }
        }
        if (counts.size() > MAX_WORDS) {
            prune();
        }
    }

    List<WordCount> top(int n) {
        return ranked(n).map(e -> new WordCount(e.getKey(), e.getValue().count)).toList();
    }

    List<UnmatchedWord> topWithExamples(int n) {
        return ranked(n)
                .map(e -> new UnmatchedWord(e.getKey(), e.getValue().count, e.getValue().examples))
                .toList();
    }

    private java.util.stream.Stream<Map.Entry<String, Tallied>> ranked(int n) {
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Tallied>>comparingLong(e -> -e.getValue().count)
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n);
    }

    private void prune() {
        long median = counts.values().stream()
                .mapToLong(t -> t.count)
                .sorted()
                .skip(counts.size() / 2)
                .findFirst()
                .orElse(1L);
        counts.values().removeIf(t -> t.count <= median);
        if (counts.size() > MAX_WORDS / 2) {
            counts.clear();
        }
    }

    private static final class Tallied {
        long count;
        final List<SaleExample> examples = new ArrayList<>(EXAMPLES);
    }
}
