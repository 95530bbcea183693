package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeApiException.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one archive query to its end by key (keyset pagination), so that a read neither drifts when rows are saved or
 * deleted meanwhile nor stops early when the tenant silently caps its pages. Every archive read of the adapter that
 * pages goes through it; issue 14 reads quote lines with it too.
 *
 * <p>The rows are ordered by a unique, immutable whole-number {@link Key} ({@code saleId desc}); each page after the
 * first asks for the rows past the last key seen ({@code saleId lt 341500}, with {@code and}, {@code or} and brackets
 * for two columns: the operators SuperOffice's reference shows working, never {@code le}/{@code ge}). A page with
 * fewer rows than asked is not taken for the end: only an empty page is. When such a short page is followed by more
 * rows, the tenant caps its pages, and the pager asks for that many rows from then on. Rows are handed over once per
 * key, whatever the server sends. Why this cannot read a row twice or skip one is in ADR 0013.
 *
 * <p>Protocol: {@link #next} gives the query of the next page (empty once the end is certain), the caller sends it and
 * hands the answer to {@link #accept}, which returns the rows not seen before. {@code next} may be called as soon as
 * the previous page was accepted, before its rows are used, so that the next request is in flight while a page is
 * matched (one request at a time per pager; several pagers may share one transport and its rate limit). Not
 * thread-safe: call it from one thread at a time, in this order.
 */
final class KeysetPager {
    private static final Logger LOG = LoggerFactory.getLogger(KeysetPager.class);
    private static final Pattern OR = Pattern.compile("(?i)(^|[\\s)])or([\\s(]|$)");

    /**
     * The key the rows are ordered and paged by: one or two whole-number columns (SuperOffice ids are 32-bit), all in
     * one direction, together unique and never changed once a row exists (a sale id; a sale id and a quote line id).
     *
     * @param columns the exact archive column names, most significant first; each must be in the query's
     *     {@code $select}
     * @param descending newest first ({@code desc}, continuing with {@code lt}) or oldest first ({@code asc},
     *     {@code gt})
     */
    record Key(List<String> columns, boolean descending) {
        Key {
            columns = List.copyOf(columns);
            if (columns.isEmpty() || columns.size() > 2) {
                throw new IllegalArgumentException("a keyset key has one or two columns: " + columns);
            }
        }

        static Key descending(String... columns) {
            return new Key(List.of(columns), true);
        }

        static Key ascending(String... columns) {
            return new Key(List.of(columns), false);
        }

        /** The {@code $orderBy}: every key column in the key's direction. */
        String orderBy() {
            String direction = descending ? " desc" : " asc";
            return String.join(direction + ",", columns) + direction;
        }

        /**
         * The {@code $filter} term for the rows past {@code last} in this order. For two columns it leads with a range on
         * the first alone ({@code saleId lt A+1}, "at most A" without {@code le}), which the bracketed condition implies:
         * a database, like the sandbox, can start there with its index instead of reading every row to test an
         * {@code or}.
         */
        String past(long[] last) {
            String beyond = descending ? " lt " : " gt ";
            if (columns.size() == 1) return columns.get(0) + beyond + last[0];
            String first = columns.get(0);
            return first + beyond + (descending ? last[0] + 1 : last[0] - 1) + " and (" + first + beyond + last[0]
                    + " or (" + first + " eq " + last[0] + " and " + columns.get(1) + beyond + last[1] + "))";
        }

        /** The key of {@code row}; a row without a whole-number key is a bad answer. */
        long[] of(JsonNode row, String route) {
            long[] key = new long[columns.size()];
            for (int i = 0; i < key.length; i++) {
                key[i] = wholeNumber(row, columns.get(i), route);
            }
            return key;
        }

        /** Negative when {@code a} comes before {@code b} in this order. */
        int compare(long[] a, long[] b) {
            for (int i = 0; i < a.length; i++) {
                int result = Long.compare(a[i], b[i]);
                if (result != 0) return descending ? -result : result;
            }
            return 0;
        }

        /** One long per key: a two-column key is two 32-bit ids side by side. */
        long identity(long[] key) {
            return key.length == 1 ? key[0] : key[0] << 32 | (key[1] & 0xFFFF_FFFFL);
        }

        private static long wholeNumber(JsonNode row, String column, String route) {
            JsonNode value = row.get(column);
            long number;
            if (value != null && value.canConvertToLong() && value.isIntegralNumber()) {
                number = value.asLong();
            } else {
                try {
                    number = Long.parseLong(value == null ? "" : value.asText().strip());
                } catch (NumberFormatException e) {
                    throw bad(
                            route, "a row has no usable " + column + " (" + (value == null ? "missing" : value) + ")");
                }
            }
            if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                throw bad(route, "a row's " + column + " is not a SuperOffice id (" + number + ")");
            }
            return number;
        }
    }

    /**
     * What the pager saw so far.
     *
     * @param pages answers accepted
     * @param rowsReceived rows in those answers, duplicates included
     * @param duplicatesDropped rows whose key had been handed over before
     * @param rowsPerPageCap the most rows the tenant gave a page while more existed, when fewer than asked; 0 if none
     * @param rowsPerPageAsked the rows a page asked for when the cap was found; 0 if none
     * @param ended an empty page came: every row the query matched (and that was not deleted meanwhile) was handed over
     */
    record Facts(
            int pages,
            long rowsReceived,
            long duplicatesDropped,
            int rowsPerPageCap,
            int rowsPerPageAsked,
            boolean ended) {
        /** Distinct rows handed over. */
        long rowsHandedOver() {
            return rowsReceived - duplicatesDropped;
        }
    }

    private final List<String> select;
    private final String filter;
    private final Key key;
    private final LongSet seen = new LongSet();
    private int pageSize;
    private long[] last;
    private ArchiveQuery pending;
    private int shortPageRows;
    private int shortPageAsked;
    private int pages;
    private long received;
    private long duplicates;
    private int cap;
    private int capAsked;
    private boolean ended;

    /**
     * @param select the columns; the key's columns are added when missing
     * @param filter the query's own restriction ({@code ""} for none); the key's term is joined to it with {@code and}
     * @param pageSize rows a page to ask for (at least 1) until the tenant shows a cap
     */
    KeysetPager(List<String> select, String filter, Key key, int pageSize) {
        if (pageSize < 1) throw new IllegalArgumentException("page size must be at least 1: " + pageSize);
        List<String> columns = new ArrayList<>(select);
        key.columns().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        this.select = List.copyOf(columns);
        this.filter = filter == null ? "" : filter.strip();
        this.key = key;
        this.pageSize = pageSize;
    }

    /**
     * The query of the next page, asking for at most {@code atMost} rows (fewer when the page size or the tenant's cap
     * is smaller), or empty once an empty page has shown the end.
     *
     * @throws IllegalStateException when the previous page was not accepted yet
     */
    Optional<ArchiveQuery> next(long atMost) {
        if (pending != null) throw new IllegalStateException("the previous page was not accepted: " + pending);
        if (atMost < 1) throw new IllegalArgumentException("a page asks for at least 1 row: " + atMost);
        if (ended) return Optional.empty();
        String restriction = last == null ? filter : joined(filter, key.past(last));
        pending = new ArchiveQuery(select, restriction, key.orderBy(), (int) Math.min(pageSize, atMost), 0);
        return Optional.of(pending);
    }

    /**
     * Takes the answer to the query {@link #next} gave and returns its rows whose key was not handed over before, in
     * the server's order.
     *
     * @throws SuperOfficeApiException (bad response) for a row without a key, or a page of nothing but rows already
     *     handed over (the server did not apply the key's filter, and reading on would never end)
     */
    List<JsonNode> accept(ArchivePage page) {
        if (pending == null) throw new IllegalStateException("no page was asked for");
        int asked = pending.top();
        pending = null;
        pages++;
        List<JsonNode> rows = page.rows();
        received += rows.size();
        if (rows.isEmpty()) {
            ended = true;
            return List.of();
        }
        if (shortPageRows > 0 && shortPageRows > cap) {
            // The short page was not the end, so the tenant caps its pages: ask for what it gives.
            cap = shortPageRows;
            capAsked = shortPageAsked;
            pageSize = cap;
        }
        shortPageRows = rows.size() < asked ? rows.size() : 0;
        shortPageAsked = asked;
        List<JsonNode> fresh = new ArrayList<>(rows.size());
        long[] furthest = last;
        for (JsonNode row : rows) {
            long[] rowKey = key.of(row, page.route());
            if (seen.add(key.identity(rowKey))) {
                fresh.add(row);
            } else {
                duplicates++;
            }
            if (furthest == null || key.compare(rowKey, furthest) > 0) furthest = rowKey;
        }
        if (fresh.isEmpty()) {
            throw bad(
                    page.route(),
                    "the page returned only rows already read, so the tenant did not apply the filter past the last"
                            + " key; the read cannot go on");
        }
        // The furthest key, not the last row's: the cursor always moves on, so no answer can make the read loop.
        last = furthest;
        return fresh;
    }

    Facts facts() {
        return new Facts(pages, received, duplicates, cap, capAsked, ended);
    }

    /**
     * Reads the query to its end, page by page through {@code fetch}, handing each row not seen before to {@code rows}
     * with the route of its page (for messages), and returns what the pager saw.
     */
    static Facts readAll(
            KeysetPager pager, Function<ArchiveQuery, ArchivePage> fetch, BiConsumer<JsonNode, String> rows) {
        for (Optional<ArchiveQuery> query = pager.next(Long.MAX_VALUE);
                query.isPresent();
                query = pager.next(Long.MAX_VALUE)) {
            ArchivePage page = fetch.apply(query.get());
            pager.accept(page).forEach(row -> rows.accept(row, page.route()));
        }
        return pager.facts();
    }

    /**
     * Logs what a read whose port returns rows only (products, users) saw: a cap at INFO (nothing was lost), rows sent
     * again at WARN (the tenant's answers were inconsistent, though each row was kept once).
     *
     * @param archive the archive's name for the log, such as {@code Product}
     */
    static void log(String archive, Facts facts) {
        if (facts.rowsPerPageCap() > 0) {
            LOG.info(
                    "The {} archive returns at most {} rows a page ({} were asked); the read went on until an empty"
                            + " page",
                    archive,
                    facts.rowsPerPageCap(),
                    facts.rowsPerPageAsked());
        }
        if (facts.duplicatesDropped() > 0) {
            LOG.warn(
                    "The {} archive sent {} row(s) again that had been read already; each was kept once",
                    archive,
                    facts.duplicatesDropped());
        }
    }

    private static String joined(String filter, String past) {
        if (filter.isEmpty()) return past;
        return (OR.matcher(filter).find() ? "(" + filter + ")" : filter) + " and " + past;
    }

    private static SuperOfficeApiException bad(String route, String what) {
        return SuperOfficeApiException.of(
                Failure.BAD_RESPONSE, route, "SuperOffice answered " + route + ": " + what, null);
    }
}
