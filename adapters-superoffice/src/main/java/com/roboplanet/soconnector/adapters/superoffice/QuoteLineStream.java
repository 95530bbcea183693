package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quote lines of one sale read, from the quote line archive, newest sale first ({@code saleId desc, quoteLineId
 * desc}, paged by that key through {@link KeysetPager}) so that they arrive in the order of the sale pages: once a line
 * of a sale below a page's lowest sale id has come (or the read ended), every line of that page's sales is here
 * (ADR 0016). Lines are fetched only while a sale page needs them, so the read goes at most one page of lines past
 * the last sale read, and it is restricted to the sales registered when the sale read started.
 *
 * <p>Thread-safe: one thread fetches ({@link #awaitNeed}, {@link #fetchNext}), the sale reader says how far the sales
 * go ({@link #want}, {@link #salesDone}), another takes the lines of each page ({@link #awaitCover}, {@link #takeFrom}).
 */
final class QuoteLineStream {
    private static final Logger LOG = LoggerFactory.getLogger(QuoteLineStream.class);

    private final SuperOfficeApi api;
    private final KeysetPager pager;
    private final TreeMap<Long, List<QuoteLines.ArchiveLine>> bySale = new TreeMap<>();
    private long lowestSeen = Long.MAX_VALUE;
    private long wanted = Long.MAX_VALUE;
    private boolean salesDone;
    private boolean ended;
    private boolean stopped;

    /** @param belowSaleId lines of sales with a lower id only: one above the newest sale of the read */
    QuoteLineStream(SuperOfficeApi api, int pageSize, long belowSaleId) {
        this.api = api;
        this.pager = new KeysetPager(
                QuoteLines.ARCHIVE_COLUMNS,
                QuoteLines.SALE_ID + " lt " + belowSaleId,
                QuoteLines.ARCHIVE_KEY,
                pageSize);
    }

    /** The sale reader has sales down to {@code saleId}: their lines are needed. */
    synchronized void want(long saleId) {
        wanted = Math.min(wanted, saleId);
        notifyAll();
    }

    /** The sale reader read its last page: no line below the lowest wanted sale is needed. */
    synchronized void salesDone() {
        salesDone = true;
        notifyAll();
    }

    /** No more lines will be fetched (a refusal, a failure elsewhere): waiters go on without them. */
    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    /** Waits until a page of lines is needed; false when none will be. */
    synchronized boolean awaitNeed() throws InterruptedException {
        while (true) {
            if (ended || stopped) return false;
            boolean covered = lowestSeen < wanted;
            if (wanted != Long.MAX_VALUE && !covered) return true;
            if (salesDone) return false;
            wait();
        }
    }

    /** Reads the next page of lines (one request). */
    void fetchNext() {
        ArchiveQuery query;
        synchronized (this) {
            query = pager.next(Long.MAX_VALUE).orElse(null);
            if (query == null) {
                ended = true;
                notifyAll();
                return;
            }
        }
        ArchivePage page = api.findQuoteLines(query);
        synchronized (this) {
            List<JsonNode> rows = pager.accept(page);
            if (page.rows().isEmpty()) ended = true;
            for (JsonNode row : rows) {
                QuoteLines.ArchiveLine line = QuoteLines.ArchiveLine.of(row, page.route());
                bySale.computeIfAbsent(line.saleId(), id -> new ArrayList<>()).add(line);
                lowestSeen = Math.min(lowestSeen, line.saleId());
            }
            LOG.info("Quote-line page: {} lines, down to sale {}", page.rows().size(), lowestSeen);
            notifyAll();
        }
    }

    /**
     * Waits until every line of the sales with an id of at least {@code saleId} is here; false when lines stopped
     * coming ({@link #stop}) before.
     */
    synchronized boolean awaitCover(long saleId) throws InterruptedException {
        while (!(ended || lowestSeen < saleId)) {
            if (stopped) return false;
            wait();
        }
        return true;
    }

    /** Removes and returns the lines of the sales with an id of at least {@code saleId}, by sale id. */
    synchronized Map<Long, List<QuoteLines.ArchiveLine>> takeFrom(long saleId) {
        Map<Long, List<QuoteLines.ArchiveLine>> taken = new LinkedHashMap<>(bySale.tailMap(saleId, true));
        bySale.tailMap(saleId, true).clear();
        return taken;
    }

    synchronized KeysetPager.Facts facts() {
        return pager.facts();
    }
}
