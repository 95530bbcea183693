package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeApiException.Failure;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.domain.port.out.UnreadableCells;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the FindSale archive ({@code GET v1/Sale}) one request per page and none per sale, newest first by sale id
 * ({@code saleId desc}, the order SuperOffice registered them), paged by key through {@link KeysetPager}: each page asks
 * for the sales past the last sale id seen, so sales saved or deleted during a read move no other sale, and only an
 * empty page ends a read, so a tenant that caps its pages cannot cut it short (ADR 0013). Quote lines (when asked
 * for) come page by page from the quote line archive beside the sale pages, and from the Quote agent only for quotes
 * whose lines come from several alternatives (ADR 0016). While the consumer handles one page, the next page and its
 * quote lines are fetched, within the transport's limits on requests in flight and per second.
 */
public final class SuperOfficeSaleSource implements SaleSource {
    private static final Logger LOG = LoggerFactory.getLogger(SuperOfficeSaleSource.class);

    /** Sale ids are unique, never change, and grow as sales are registered: "the latest N" are the N highest. */
    static final KeysetPager.Key KEY = KeysetPager.Key.descending(SaleRows.SALE_ID);

    private final SuperOfficeApi api;
    private final HttpTransport transport;
    private final int pageSize;
    private final QuoteLines quoteLines;
    private final List<String> udfColumns;

    /**
     * @param quoteLines null to leave quote lines unread (no agent calls)
     * @param udfColumns user-defined columns selected with the core columns, read into the sales' user-defined fields
     */
    SuperOfficeSaleSource(
            SuperOfficeApi api, HttpTransport transport, int pageSize, QuoteLines quoteLines, List<String> udfColumns) {
        this.api = api;
        this.transport = transport;
        this.pageSize = pageSize;
        this.quoteLines = quoteLines;
        this.udfColumns = List.copyOf(udfColumns);
    }

    /** The user-defined columns read into the sales' user-defined fields. */
    List<String> udfColumns() {
        return udfColumns;
    }

    /** The columns every page selects: the core sale columns, then the configured user-defined ones. */
    List<String> columns() {
        List<String> columns = new ArrayList<>(SaleRows.COLUMNS);
        udfColumns.stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        return columns;
    }

    @Override
    public SaleSourceReport read(SaleQuery query, Consumer<Sale> consumer) {
        return readRows(query, (sale, row) -> consumer.accept(sale));
    }

    /** Like {@link #read}, handing over each sale with the archive row it was read from (for inspection). */
    SaleSourceReport readRows(SaleQuery query, BiConsumer<Sale, JsonNode> consumer) {
        long requestsBefore = transport.requestsSent();
        Map<RequestKind, Long> kindsBefore = new EnumMap<>(RequestKind.class);
        for (RequestKind kind : RequestKind.values()) kindsBefore.put(kind, transport.requestsSent(kind));
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        Scan scan = new Scan(query, notes, refused);
        try {
            ArchivePage first = scan.firstPage();
            new Pipeline(scan, refused).run(first, consumer);
        } catch (SuperOfficeApiException e) {
            throw new SaleSourceException(Failures.kindOf(e), e.getMessage(), e);
        }
        List<SaleSourceReport.RequestCount> byKind = new ArrayList<>();
        for (RequestKind kind : RequestKind.values()) {
            long sent = transport.requestsSent(kind) - kindsBefore.get(kind);
            if (sent > 0) byKind.add(new SaleSourceReport.RequestCount(kind.label(sent), sent));
        }
        return new SaleSourceReport(
                scan.firstRoute,
                transport.requestsSent() - requestsBefore,
                scan.customerFilterOnServer,
                notes,
                UnreadableCells.none(),
                scan.check(),
                refused,
                byKind,
                scan.limitedOfAtLeast());
    }

    /** How many pages a read may fetch ahead of the page being handed over, per stage. */
    static final int AHEAD = 3;

    /**
     * One read as a pipeline (ADR 0016): a thread reads the sale pages one after the other (each asks past the last
     * key), a second reads the quote line pages as far as the sale pages read so far need, a third puts each page's
     * lines to its sales and hands the sales whose lines come from several alternatives to a pool that asks the Quote
     * agent, while the caller's thread hands the sales of the page before, in order, to the consumer. Queues of
     * {@value #AHEAD} pages bound the memory (a page of 500 sales is about a megabyte of rows); the transport bounds
     * the requests in flight and their rate. The first failure stops every thread and is thrown on the caller's
     * thread; nothing is handed over after it.
     */
    private final class Pipeline {
        private static final Object END = new Object();
        private final Scan scan;
        private final List<String> refused;
        private final BlockingQueue<Object> salePages = new ArrayBlockingQueue<>(AHEAD);
        private final BlockingQueue<Object> assembled = new ArrayBlockingQueue<>(AHEAD);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final AtomicBoolean agentRefused = new AtomicBoolean();
        private final List<Thread> threads = new ArrayList<>();
        private ExecutorService agents;
        private QuoteLineStream lines;

        Pipeline(Scan scan, List<String> refused) {
            this.scan = scan;
            this.refused = refused;
        }

        void run(ArchivePage first, BiConsumer<Sale, JsonNode> consumer) {
            if (quoteLines != null && !first.rows().isEmpty()) {
                long newest = first.rows().stream()
                        .mapToLong(row -> KEY.of(row, first.route())[0])
                        .max()
                        .orElseThrow();
                lines = new QuoteLineStream(api, pageSize, newest + 1);
                agents = Executors.newFixedThreadPool(transport.maxInFlight(), daemon("superoffice-quote-agent"));
                start("superoffice-quote-lines", this::readLines);
            }
            start("superoffice-sales", () -> readSales(first));
            start("superoffice-assemble", this::assemble);
            try {
                while (true) {
                    Object next = assembled.poll(100, TimeUnit.MILLISECONDS);
                    rethrowFailure();
                    if (next == END) break;
                    if (next == null) continue;
                    for (Future<Entry> future : ((AssembledPage) next).entries()) {
                        Entry entry = resolved(future);
                        rethrowFailure();
                        consumer.accept(entry.sale(), entry.row());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SaleSourceException(SaleSourceException.Kind.UNAVAILABLE, "reading sales was interrupted", e);
            } finally {
                stopAll();
            }
        }

        private void readSales(ArchivePage first) throws InterruptedException {
            ArchivePage page = first;
            while (true) {
                List<Map.Entry<Sale, JsonNode>> accepted = scan.accept(page);
                LOG.info("Sale page: {} rows, {} sales read", page.rows().size(), accepted.size());
                if (!accepted.isEmpty()) {
                    long lowest = accepted.get(accepted.size() - 1).getKey().id();
                    if (lines != null) lines.want(lowest);
                    salePages.put(accepted);
                }
                Optional<ArchiveQuery> next = scan.nextQuery();
                if (next.isEmpty()) break;
                page = api.findSales(next.get());
            }
            if (lines != null) lines.salesDone();
            salePages.put(END);
        }

        private void readLines() throws InterruptedException {
            try {
                while (lines.awaitNeed()) {
                    lines.fetchNext();
                }
            } catch (SuperOfficeApiException e) {
                // Only a documented refusal turns quote lines off; anything else (a login page, a 404, a 500) would
                // silently drop rows, so it stops the run.
                if (!Refusals.documented(e, "GET " + SuperOfficeApi.QUOTE_LINE_ARCHIVE)) throw e;
                refused.add("the quote line archive (" + e.status() + " to " + e.route() + reason(e)
                        + "); quote lines were not read from then on (products and quantities of quotes are"
                        + " missing, headings and fields were read); the API user needs the right to read quotes");
                lines.stop();
            }
        }

        @SuppressWarnings("unchecked")
        private void assemble() throws InterruptedException {
            while (true) {
                Object next = salePages.take();
                if (next == END) break;
                List<Map.Entry<Sale, JsonNode>> page = (List<Map.Entry<Sale, JsonNode>>) next;
                List<Future<Entry>> entries = new ArrayList<>(page.size());
                Map<Long, List<QuoteLines.ArchiveLine>> bySale = Map.of();
                long lowest = page.get(page.size() - 1).getKey().id();
                boolean withLines = lines != null && lines.awaitCover(lowest);
                if (withLines) bySale = lines.takeFrom(lowest);
                for (Map.Entry<Sale, JsonNode> e : page) {
                    Sale sale = e.getKey();
                    List<QuoteLines.ArchiveLine> rows = bySale.getOrDefault(sale.id(), List.of());
                    if (!withLines || !sale.hasQuote()) {
                        entries.add(CompletableFuture.completedFuture(new Entry(sale, e.getValue())));
                    } else if (QuoteLines.needsAgent(rows)) {
                        entries.add(agents.submit(() -> new Entry(withAgent(sale, rows), e.getValue())));
                    } else {
                        entries.add(CompletableFuture.completedFuture(
                                new Entry(sale.withQuoteLines(quoteLines.decide(sale.id(), rows)), e.getValue())));
                    }
                }
                // The consumer waits for the agent's answers, so that the next page's calls can start meanwhile.
                assembled.put(new AssembledPage(entries));
            }
            assembled.put(END);
        }

        /** The sale with the lines of the alternative the Quote agent says counts, while the agent answers. */
        private Sale withAgent(Sale sale, List<QuoteLines.ArchiveLine> rows) {
            if (agentRefused.get()) return sale;
            try {
                return sale.withQuoteLines(quoteLines.decide(sale.id(), rows));
            } catch (SuperOfficeApiException e) {
                if (!Refusals.documented(e, QuoteLines.ROUTE)) throw e;
                if (agentRefused.compareAndSet(false, true)) {
                    refused.add("the Quote agent (" + e.status() + " to " + e.route() + reason(e)
                            + "); quote lines of quotes with several alternatives were not read (their products and"
                            + " quantities are missing, headings and fields were read); the API user needs the right"
                            + " to read quotes");
                }
                return sale;
            }
        }

        private Entry resolved(Future<Entry> entry) throws InterruptedException {
            try {
                return entry.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) throw runtime;
                if (cause instanceof Error error) throw error;
                throw new IllegalStateException(cause);
            }
        }

        private void start(String name, Step step) {
            Thread thread = new Thread(
                    () -> {
                        try {
                            step.run();
                        } catch (InterruptedException e) {
                            // Stopped by another failure, or by the caller.
                        } catch (Throwable t) {
                            failure.compareAndSet(null, t);
                            if (lines != null) lines.stop();
                        }
                    },
                    name);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }

        private void rethrowFailure() {
            Throwable t = failure.get();
            if (t == null) return;
            if (t instanceof SuperOfficeApiException api) throw api;
            if (t instanceof RuntimeException runtime) throw runtime;
            if (t instanceof Error error) throw error;
            throw new SaleSourceException(SaleSourceException.Kind.BAD_RESPONSE, "reading sales failed: " + t, t);
        }

        private void stopAll() {
            if (lines != null) lines.stop();
            threads.forEach(Thread::interrupt);
            if (agents != null) agents.shutdownNow();
        }
    }

    /** A sale as handed to the consumer, with the row it was read from. */
    private record Entry(Sale sale, JsonNode row) {}

    /** The sales of one page, in order, each ready or waiting for the Quote agent. */
    private record AssembledPage(List<Future<Entry>> entries) {}

    @FunctionalInterface
    private interface Step {
        void run() throws InterruptedException;
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The state of one read: where we are, what was delivered, and which filters the server applies. */
    private final class Scan {
        private final SaleQuery query;
        private final List<String> notes;
        private final List<String> refused;
        private boolean customerFilterOnServer;
        private KeysetPager pager;
        private long delivered;
        private long beyondLimit;
        private String firstRoute = "";

        Scan(SaleQuery query, List<String> notes, List<String> refused) {
            this.query = query;
            this.notes = notes;
            this.refused = refused;
            this.customerFilterOnServer = query.customersOnly();
            this.pager = pager();
        }

        private KeysetPager pager() {
            return new KeysetPager(columns(), SaleFilter.of(query, customerFilterOnServer), KEY, pageSize);
        }

        ArchivePage firstPage() {
            ArchivePage page;
            ArchiveQuery first = pager.next(top(0)).orElseThrow();
            try {
                page = api.findSales(first);
            } catch (SuperOfficeApiException e) {
                refusedUdfColumn(e).ifPresent(column -> {
                    throw new SuperOfficeApiException(
                            Failure.CONFIGURATION,
                            e.status(),
                            e.errorType(),
                            e.errorMessage(),
                            null,
                            e.route(),
                            "the tenant refused the user-defined column '" + column + "' (" + e.status() + reason(e)
                                    + "); correct or remove it in SO_UDF_COLUMNS",
                            e);
                });
                if (!customerFilterOnServer || !refusesCustomerFilter(e)) {
                    throw e;
                }
                customerFilterOnServer = false;
                pager = pager();
                first = pager.next(top(0)).orElseThrow();
                notes.add("the tenant refused the filter '" + SaleFilter.HAS_CUSTOMER + "' (" + e.status() + reason(e)
                        + "); sales without a customer were read and skipped by the report instead");
                page = api.findSales(first);
            }
            firstRoute = page.route();
            if (!page.rows().isEmpty()) {
                List<String> missing = SaleRows.missingColumns(page.rows().get(0), first.select());
                if (!missing.isEmpty()) {
                    notes.add("the sale archive did not return the column(s) " + String.join(", ", missing)
                            + "; they were read as empty");
                }
            }
            return page;
        }

        /** The sales of the page the query wants and that were not handed over before, in order, up to the limit. */
        List<Map.Entry<Sale, JsonNode>> accept(ArchivePage page) {
            List<JsonNode> fresh = pager.accept(page);
            List<Map.Entry<Sale, JsonNode>> accepted = new ArrayList<>(fresh.size());
            for (var row : fresh) {
                Sale sale = SaleRows.toSale(row, page.route(), udfColumns, api.listText());
                if (!wanted(sale)) {
                    continue;
                }
                if (!query.unlimited() && delivered >= query.limit()) {
                    beyondLimit++;
                } else {
                    accepted.add(Map.entry(sale, row));
                    delivered++;
                }
            }
            return accepted;
        }

        /** When the limit cut the read short: the sales read and the ones seen beyond it; else -1. */
        long limitedOfAtLeast() {
            return beyondLimit > 0 ? delivered + beyondLimit : -1;
        }

        /** The next page's query, or empty after an empty page or once the limit is reached. */
        Optional<ArchiveQuery> nextQuery() {
            boolean limitReached = !query.unlimited() && delivered >= query.limit();
            return limitReached ? Optional.empty() : pager.next(top(delivered));
        }

        /** The pager's facts in the domain's words: the count is known only when an empty page ended the read. */
        SaleSourceReport.ReadCheck check() {
            KeysetPager.Facts facts = pager.facts();
            return new SaleSourceReport.ReadCheck(
                    facts.ended() ? facts.rowsHandedOver() : -1,
                    facts.duplicatesDropped(),
                    facts.rowsPerPageCap(),
                    facts.rowsPerPageAsked());
        }

        /**
         * Sales without a customer are kept when the server could not filter them: the report skips and counts
         * them, so its summary can say how many there were.
         */
        private boolean wanted(Sale sale) {
            // The server filter is "after the day before": this keeps exactly "on or after since".
            return query.sinceIfSet()
                    .map(since -> sale.date() != null && !sale.date().isBefore(since))
                    .orElse(true);
        }

        /**
         * A page size that does not fetch far past the limit when the server does all the filtering: one sale more than
         * the limit needs, so that the summary can tell a read the limit cut short from one that read everything.
         */
        private int top(long deliveredSoFar) {
            if (query.unlimited() || !customerFilterOnServer && query.customersOnly()) {
                return pageSize;
            }
            return (int) Math.max(1, Math.min(pageSize, query.limit() - deliveredSoFar + 1));
        }
    }

    /**
     * The configured user-defined column that a refusal of the first page names: a column the tenant does not have
     * is a configuration mistake, not a reason to retry.
     */
    private Optional<String> refusedUdfColumn(SuperOfficeApiException e) {
        if (e.failure() != Failure.REJECTED && e.status() != 500 || udfColumns.isEmpty()) {
            return Optional.empty();
        }
        String said = (e.errorType() + " " + e.errorMessage()).toLowerCase(Locale.ROOT);
        return udfColumns.stream()
                .filter(column -> said.contains(column.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    private static boolean refusesCustomerFilter(SuperOfficeApiException e) {
        boolean refused = e.failure() == Failure.REJECTED || e.status() == 500;
        String said = (e.errorType() + " " + e.errorMessage()).toLowerCase(Locale.ROOT);
        return refused && said.contains("contact");
    }

    private static String reason(SuperOfficeApiException e) {
        return e.errorMessage().isEmpty() ? "" : ": " + e.errorMessage();
    }
}
