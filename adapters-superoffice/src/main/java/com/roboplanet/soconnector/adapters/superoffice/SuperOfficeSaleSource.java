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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads the FindSale archive ({@code GET v1/Sale}) one request per page and none per sale, newest first by sale id
 * ({@code saleId desc}, the order SuperOffice registered them), paged by key through {@link KeysetPager}: each page asks
 * for the sales past the last sale id seen, so sales saved or deleted during a read move no other sale, and only an
 * empty page ends a read, so a tenant that caps its pages cannot cut it short (ADR 0013). While the consumer handles
 * one page, the next is fetched on one background thread (one page ahead, within the shared rate limit).
 */
public final class SuperOfficeSaleSource implements SaleSource {
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
        List<String> notes = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Scan scan = new Scan(query, notes, refused);
        ExecutorService prefetch = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "superoffice-sale-prefetch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            ArchivePage page = scan.firstPage();
            while (page != null) {
                List<Map.Entry<Sale, JsonNode>> accepted = scan.accept(page);
                Future<ArchivePage> next = scan.nextQuery()
                        .map(q -> prefetch.submit(() -> api.findSales(q)))
                        .orElse(null);
                try {
                    // After the prefetch was started, so that the agent calls overlap the next page.
                    accepted = scan.withQuoteLines(accepted);
                    accepted.forEach(e -> consumer.accept(e.getKey(), e.getValue()));
                } catch (RuntimeException e) {
                    if (next != null) {
                        next.cancel(true);
                    }
                    throw e;
                }
                page = next == null ? null : await(next);
            }
        } catch (SuperOfficeApiException e) {
            throw new SaleSourceException(Failures.kindOf(e), e.getMessage(), e);
        } finally {
            prefetch.shutdownNow();
        }
        return new SaleSourceReport(
                scan.firstRoute,
                transport.requestsSent() - requestsBefore,
                scan.customerFilterOnServer,
                notes,
                UnreadableCells.none(),
                scan.check(),
                refused);
    }

    private static ArchivePage await(Future<ArchivePage> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            next.cancel(true);
            Thread.currentThread().interrupt();
            throw new SaleSourceException(SaleSourceException.Kind.UNAVAILABLE, "reading sales was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SuperOfficeApiException api) {
                throw api;
            }
            throw new SaleSourceException(
                    SaleSourceException.Kind.BAD_RESPONSE, "reading a page of sales failed: " + e.getCause(), e);
        }
    }

    /** The state of one read: where we are, what was delivered, and which filters the server applies. */
    private final class Scan {
        private final SaleQuery query;
        private final List<String> notes;
        private final List<String> refused;
        private boolean customerFilterOnServer;
        private KeysetPager pager;
        private long delivered;
        private boolean quoteAgentRefused;
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
                if (!query.unlimited() && delivered >= query.limit()) {
                    break;
                }
                Sale sale = SaleRows.toSale(row, page.route(), udfColumns, api.listText());
                if (wanted(sale)) {
                    accepted.add(Map.entry(sale, row));
                    delivered++;
                }
            }
            return accepted;
        }

        /** The next page's query, or empty after an empty page or once the limit is reached. */
        java.util.Optional<ArchiveQuery> nextQuery() {
            boolean limitReached = !query.unlimited() && delivered >= query.limit();
            return limitReached ? java.util.Optional.empty() : pager.next(top(delivered));
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

        /** The sales with their quote lines, while the tenant lets us read them. */
        List<Map.Entry<Sale, JsonNode>> withQuoteLines(List<Map.Entry<Sale, JsonNode>> sales) {
            if (quoteLines == null || quoteAgentRefused) {
                return sales;
            }
            List<Map.Entry<Sale, JsonNode>> enriched = new ArrayList<>(sales.size());
            for (Map.Entry<Sale, JsonNode> entry : sales) {
                Sale sale = entry.getKey();
                if (sale.hasQuote() && !quoteAgentRefused) {
                    try {
                        sale = sale.withQuoteLines(quoteLines.of(sale.id()));
                    } catch (SuperOfficeApiException e) {
                        // Only a documented refusal turns quote lines off; anything else (a login page, a 404, a 500)
                        // would silently drop rows, so it stops the run.
                        if (!Refusals.documented(e, QuoteLines.ROUTE)) {
                            throw e;
                        }
                        quoteAgentRefused = true;
                        refused.add("the Quote agent (" + e.status() + " to " + e.route() + reason(e)
                                + "); quote lines were not read (products and quantities of quotes are"
                                + " missing, headings and fields were read); the API user needs the right to read"
                                + " quotes");
                    }
                }
                enriched.add(Map.entry(sale, entry.getValue()));
            }
            return enriched;
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

        /** A page size that does not fetch far past the limit when the server does all the filtering. */
        private int top(long deliveredSoFar) {
            if (query.unlimited() || !customerFilterOnServer && query.customersOnly()) {
                return pageSize;
            }
            return (int) Math.max(1, Math.min(pageSize, query.limit() - deliveredSoFar));
        }
    }

    /**
     * The configured user-defined column that a refusal of the first page names: a column the tenant does not have
     * is a configuration mistake, not a reason to retry.
     */
    private java.util.Optional<String> refusedUdfColumn(SuperOfficeApiException e) {
        if (e.failure() != Failure.REJECTED && e.status() != 500 || udfColumns.isEmpty()) {
            return java.util.Optional.empty();
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
