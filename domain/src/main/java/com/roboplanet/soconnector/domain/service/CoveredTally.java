package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.port.in.CoveredKeyword;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the keywords of unmatched headings that an existing alias covers (see {@link CoveredKeyword}). Bounded:
 * past {@code capacity} distinct keywords new ones are no longer recorded, because a person needs the frequent
 * few to see which headings miss an alias they already have.
 */
final class CoveredTally {
    private final int capacity;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    CoveredTally(int capacity) {
        this.capacity = capacity;
    }

    /** @param skeleton what makes two keywords the same */
    void add(String skeleton, String text, String alias, String productCode, String heading) {
        Entry entry = entries.get(skeleton);
        if (entry == null) {
            if (entries.size() >= capacity) {
                return;
            }
            entry = new Entry(text, alias, productCode);
            entries.put(skeleton, entry);
        }
        entry.count++;
        if (entry.examples.size() < ProposalTally.EXAMPLES && !entry.examples.contains(heading)) {
            entry.examples.add(heading);
        }
    }

    /** The {@code n} most frequent, then by text. */
    List<CoveredKeyword> top(int n) {
        return entries.values().stream()
                .map(e -> new CoveredKeyword(e.text, e.alias, e.productCode, e.count, e.examples))
                .sorted(Comparator.comparing(CoveredKeyword::headingCount, Comparator.reverseOrder())
                        .thenComparing(CoveredKeyword::text))
                .limit(n)
                .toList();
    }

    private static final class Entry {
        private final String text;
        private final String alias;
        private final String productCode;
        private final List<String> examples = new ArrayList<>(ProposalTally.EXAMPLES);
        private long count;

        Entry(String text, String alias, String productCode) {
            this.text = text;
            this.alias = alias;
            this.productCode = productCode;
        }
    }
}
