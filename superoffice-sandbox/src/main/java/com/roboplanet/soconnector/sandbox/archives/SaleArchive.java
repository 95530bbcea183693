package com.roboplanet.soconnector.sandbox.archives;

import com.roboplanet.soconnector.sandbox.entities.SaleRow;
import com.roboplanet.soconnector.sandbox.entities.SaleStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs FindSale queries over the sale store. Two paths:
 *
 * <ul>
 *   <li>a walk over the positions when the order is {@code saleId} asc/desc, {@code date asc}, or {@code date} plus a
 *       {@code saleId} tie-break in the same direction (the generated tenant's dates never decrease with the id); a
 *       remembered cursor per (filter, order) lets the next page start where the last one ended, and a filter past a
 *       sale id ({@code saleId lt N}, keyset paging) starts the walk at that id, so a paged scan is linear, not
 *       quadratic;
 *   <li>any other order (or explicit scenario sales): the matching rows are collected and sorted once, with
 *       {@code saleId} and the quote line as the final tie-break, and the sorted result is kept for the next pages.
 * </ul>
 *
 * <p>Each answer reads one {@link SaleStore#snapshot() snapshot} of the sales, and cursors and sorted results belong to
 * one {@link SaleStore#version() version} of them, so sales saved or deleted between pages (a {@code ConcurrentEdit})
 * shift the pages exactly as they would in SuperOffice.
 */
final class SaleArchive {
    private record Position(int walked, int lineOffset) {}

    private final SaleStore store;
    private final Map<String, Position> cursors = lru(256);
    private final Map<String, long[]> sorted = lru(4);

    SaleArchive(SaleStore store) {
        this.store = store;
    }

    void run(SaleArchiveRequest query, Consumer<ArchiveRow> sink) {
        // One state of the tenant for the whole answer, even when a concurrent edit happens meanwhile.
        SaleStore sales = store.snapshot();
        Optional<Boolean> walkAscending = sales.ordered() ? walkDirection(query.order()) : Optional.empty();
        if (walkAscending.isPresent()) {
            walk(sales, query, walkAscending.get(), KeyRange.of(query).orElse(KeyRange.ALL), sink);
        } else {
            fromSorted(sales, query, sink);
        }
    }

    static Optional<Boolean> walkDirection(List<OrderKey> order) {
        if (order.isEmpty()) return Optional.of(true);
        OrderKey first = order.get(0);
        if (first.column().name().equals("saleId")) return Optional.of(first.ascending());
        if (!first.column().name().equals("date")) return Optional.empty();
        if (order.size() == 1) return first.ascending() ? Optional.of(true) : Optional.empty();
        OrderKey second = order.get(1);
        return second.column().name().equals("saleId") && second.ascending() == first.ascending()
                ? Optional.of(first.ascending())
                : Optional.empty();
    }

    private void walk(
            SaleStore store, SaleArchiveRequest query, boolean ascending, KeyRange range, Consumer<ArchiveRow> sink) {
        boolean perLine = query.perQuoteLine();
        String key = cacheKey(store, query) + "@" + query.skip();
        Position start;
        synchronized (cursors) {
            start = cursors.get(key);
        }
        int size = store.size();
        int matched = start == null ? 0 : query.skip();
        // A filter past a sale id (keyset paging) starts the walk there, as a database starts at its index.
        int walked = start == null ? range.walkedBefore(store, ascending) : start.walked();
        int lineOffset = start == null ? 0 : start.lineOffset();
        long end = (long) query.skip() + query.top();
        while (walked < size && matched < end) {
            SaleRow sale = store.at(ascending ? walked : size - 1 - walked);
            int lineCount = perLine ? Math.max(1, sale.quoteLines().size()) : 1;
            int line = lineOffset;
            for (; line < lineCount && matched < end; line++) {
                ArchiveRow row = new ArchiveRow(
                        sale, perLine && sale.hasQuote() ? sale.quoteLines().get(line) : null);
                if (!query.filter().predicate().test(row)) continue;
                if (matched >= query.skip()) sink.accept(row);
                matched++;
            }
            if (line < lineCount) {
                lineOffset = line;
                break;
            }
            walked++;
            lineOffset = 0;
        }
        if (matched == end && end < Integer.MAX_VALUE) {
            synchronized (cursors) {
                cursors.put(cacheKey(store, query) + "@" + end, new Position(walked, lineOffset));
            }
        }
    }

    /** Positions and sort orders hold for one version of the sales only. */
    private static String cacheKey(SaleStore store, SaleArchiveRequest query) {
        return query.cacheKey() + "#" + store.version();
    }

    private void fromSorted(SaleStore store, SaleArchiveRequest query, Consumer<ArchiveRow> sink) {
        String key = cacheKey(store, query);
        long[] refs;
        synchronized (sorted) {
            refs = sorted.get(key);
        }
        if (refs == null) {
            refs = sortedRefs(store, query);
            synchronized (sorted) {
                sorted.put(key, refs);
            }
        }
        long end = Math.min(refs.length, (long) query.skip() + query.top());
        for (long i = query.skip(); i < end; i++) sink.accept(row(store, refs[(int) i]));
    }

    /**
     * Collects the matching rows with their sort keys (computed once per row, not per comparison) and sorts them;
     * strings compare case-insensitively like the database collation, {@code saleId} and the quote line rank break
     * ties.
     */
    private static long[] sortedRefs(SaleStore store, SaleArchiveRequest query) {
        boolean perLine = query.perQuoteLine();
        List<OrderKey> order = query.order();
        List<Object[]> keys = new ArrayList<>();
        List<Long> refs = new ArrayList<>();
        for (int index = 0; index < store.size(); index++) {
            SaleRow sale = store.at(index);
            int lineCount = perLine ? Math.max(1, sale.quoteLines().size()) : 1;
            for (int line = 0; line < lineCount; line++) {
                ArchiveRow row = new ArchiveRow(
                        sale, perLine && sale.hasQuote() ? sale.quoteLines().get(line) : null);
                if (!query.filter().predicate().test(row)) continue;
                Object[] key = new Object[order.size() + 2];
                for (int k = 0; k < order.size(); k++)
                    key[k] = order.get(k).column().raw().apply(row);
                key[order.size()] = sale.saleId();
                key[order.size() + 1] = row.line() == null ? 0 : row.line().rank();
                keys.add(key);
                refs.add(((long) index << 8) | (row.line() == null ? 0 : line + 1));
            }
        }
        Integer[] positions = new Integer[refs.size()];
        for (int i = 0; i < positions.length; i++) positions[i] = i;
        Arrays.sort(positions, (a, b) -> compareKeys(keys.get(a), keys.get(b), order));
        long[] sortedRefs = new long[positions.length];
        for (int i = 0; i < positions.length; i++) sortedRefs[i] = refs.get(positions[i]);
        return sortedRefs;
    }

    private static ArchiveRow row(SaleStore store, long ref) {
        SaleRow sale = store.at((int) (ref >>> 8));
        int line = (int) (ref & 0xFF);
        return new ArchiveRow(sale, line == 0 ? null : sale.quoteLines().get(line - 1));
    }

    private static int compareKeys(Object[] a, Object[] b, List<OrderKey> order) {
        for (int k = 0; k < a.length; k++) {
            int result = compareValues(a[k], b[k]);
            if (result != 0) return k < order.size() && !order.get(k).ascending() ? -result : result;
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
        if (a instanceof String x && b instanceof String y) return String.CASE_INSENSITIVE_ORDER.compare(x, y);
        return ((Comparable) a).compareTo(b);
    }

    private static <V> Map<String, V> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
