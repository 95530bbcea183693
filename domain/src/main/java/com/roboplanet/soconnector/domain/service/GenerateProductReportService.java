package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.Candidate;
import com.roboplanet.soconnector.domain.matching.HeadingMatch;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductMatch;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.GenerateProductReportCommand;
import com.roboplanet.soconnector.domain.port.in.GenerateProductReportUseCase;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogUseCase;
import com.roboplanet.soconnector.domain.port.in.ReportDiagnosis;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.CatalogFiles;
import com.roboplanet.soconnector.domain.port.out.ReportProgress;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportSink.ReportWriter;
import com.roboplanet.soconnector.domain.port.out.ReportSinks;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.domain.port.out.SaleSources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams sales from the source through the matcher into the sink. Holds one sale at a time; the state
 * that grows with the input (the unmatched-word tally, the examples, the {@link ReportTotals.Tally totals} the sinks
 * get at completion) is bounded.
 *
 * <p>Structured sources win: quote lines first, then product codes in user-defined fields, then the
 * heading; a product found in more than one place is reported once, from the most structured one (see {@link
 * SaleProducts}). The summary counts the rows per {@link QuantitySource}, lists the quantities read from a heading
 * that are large enough to be something else (a bare number or a marked count above 99) and the quantities outside
 * 1..9999 that were read as 1, each with its sale.
 */
public final class GenerateProductReportService implements GenerateProductReportUseCase {

    private static final int UNMATCHED_EXAMPLES = 3;
    private static final int TOP_WORDS = 5;
    /** Bounds the tally of unknown codes: a price list has fewer, a column of free text more than anyone reads. */
    private static final int MAX_UNKNOWN_CODES = 10_000;
    /** Words with examples for the totals (the HTML page lists them). */
    private static final int TOP_WORDS_WITH_EXAMPLES = 10;

    private final SaleSources sources;
    private final ReportSinks sinks;
    private final CatalogLoader catalogs;
    private final CrmProductNames crmNames;
    private final ReportProgress progress;

    /** A service that shows no progress. */
    public GenerateProductReportService(
            SaleSources sources,
            ReportSinks sinks,
            CatalogFiles catalogFiles,
            MergeCrmCatalogUseCase crmProducts,
            CrmProductNames crmNames) {
        this(sources, sinks, catalogFiles, crmProducts, crmNames, ReportProgress.NONE);
    }

    /**
     * @param crmProducts asked only when a run adds the CRM's products to its catalogue
     * @param crmNames asked, once a run, only when a user-defined field holds a code the catalogue cannot place
     * @param progress told of every sale read and the rows written so far, and once when the read is over
     */
    public GenerateProductReportService(
            SaleSources sources,
            ReportSinks sinks,
            CatalogFiles catalogFiles,
            MergeCrmCatalogUseCase crmProducts,
            CrmProductNames crmNames,
            ReportProgress progress) {
        this.sources = sources;
        this.sinks = sinks;
        this.catalogs = new CatalogLoader(catalogFiles, crmProducts);
        this.crmNames = crmNames;
        this.progress = progress;
    }

    /** Opens the source first, so that a CRM's connection problems come before any catalogue or file problem. */
    @Override
    public ReportSummary generate(GenerateProductReportCommand command) {
        SaleSource source = sources.source(command.origin());
        ProductCatalog catalog = catalogs.load(command.catalog());
        ReportSink sink = sinks.sink(command.destination());
        ProductMatcher matcher = ProductMatcher.of(catalog);
        SaleProducts products = new SaleProducts(catalog, matcher, command.udfProductPatterns(), crmNames.forRun());
        try (ReportWriter writer = sink.open()) {
            Run run = new Run(
                    matcher, products, writer, command.includeUnmatched(), command.thinShare(), command.origin());
            SaleSourceReport sourceReport;
            progress.started(command.query().limit());
            try {
                sourceReport = source.read(command.query(), sale -> {
                    run.accept(sale);
                    progress.saleRead(run.read, run.rows);
                });
            } finally {
                progress.finished(run.read, run.rows);
            }
            ReportSummary summary = run.summary(sourceReport);
            writer.complete(summary, run.totals());
            return summary;
        }
    }

    /**
     * The counters of one run; one instance per call, so the service itself stays stateless. {@link
     * ExplainSaleService} runs a sale through it too, so that an explanation ends with the rows the report writes.
     */
    static final class Run {
        private final ProductMatcher matcher;
        private final SaleProducts products;
        private final ReportWriter writer;
        private final boolean includeUnmatched;
        private final WordTally unmatchedWords = new WordTally();
        private final ReportTotals.Tally totals = new ReportTotals.Tally();
        private final List<String> unmatchedExamples = new ArrayList<>();
        private final Map<String, Long> unknownCodes = new HashMap<>();
        private final List<String> boundaryFixes = new ArrayList<>();
        private final Map<QuantitySource, Long> rowsBySource = new EnumMap<>(QuantitySource.class);
        private final List<ReportSummary.QuantityCheck> quantitiesToCheck = new ArrayList<>();
        private final List<ReportSummary.IgnoredQuantity> quantitiesIgnoredListed = new ArrayList<>();
        private long quantitiesToCheckTotal;
        private final double thinShare;
        private final SaleOrigin origin;
        private long boundaryFailures;
        private long read;
        private long withoutCustomer;
        private long emptyHeading;
        private long byQuoteLine;
        private long byUdf;
        private long byHeading;
        private long unmatched;
        private long rows;
        private long quantitiesIgnored;

        /** @param origin where the sales come from, so that a diagnosis gives the advice that fits (a file or a CRM) */
        Run(
                ProductMatcher matcher,
                SaleProducts products,
                ReportWriter writer,
                boolean includeUnmatched,
                double thinShare,
                SaleOrigin origin) {
            this.matcher = matcher;
            this.thinShare = thinShare;
            this.origin = origin;
            this.products = products;
            this.writer = writer;
            this.includeUnmatched = includeUnmatched;
        }

        void accept(Sale sale) {
            read++;
            if (sale.customer() == null) {
                withoutCustomer++;
                return;
            }
            SaleProducts.Stages stages = products.of(sale);
            recordIgnoredQuantities(sale, stages.heading());
            recordUnknownCodes(stages.resolutions());
            List<ProductMatch> found = stages.rows();
            if (found.isEmpty()) {
                recordNothingFound(sale);
                return;
            }
            // The list is in source order, so its first entry names the sale's most structured source.
            switch (found.get(0).source()) {
                case QUOTE_LINE -> byQuoteLine++;
                case UDF -> byUdf++;
                case HEADING -> byHeading++;
            }
            for (ProductMatch match : found) {
                write(ReportRow.of(match));
                rowsBySource.merge(match.quantitySource(), 1L, Long::sum);
                boolean fromHeading = match.quantitySource() == QuantitySource.BARE_NUMBER
                        || match.quantitySource() == QuantitySource.MARKER;
                if (fromHeading && match.quantity() > ReportSummary.CHECK_ABOVE) {
                    quantitiesToCheckTotal++;
                    if (quantitiesToCheck.size() < ReportSummary.CHECK_LISTED) {
                        quantitiesToCheck.add(new ReportSummary.QuantityCheck(
                                sale.id(),
                                match.product().code(),
                                match.quantity(),
                                sale.heading(),
                                match.quantitySource()));
                    }
                }
            }
        }

        private void recordIgnoredQuantities(Sale sale, HeadingMatch heading) {
            quantitiesIgnored += heading.quantitiesIgnored();
            for (HeadingMatch.Ignored ignored : heading.ignored()) {
                if (quantitiesIgnoredListed.size() < ReportSummary.CHECK_LISTED) {
                    quantitiesIgnoredListed.add(new ReportSummary.IgnoredQuantity(
                            sale.id(), ignored.product().code(), ignored.written(), ignored.why(), sale.heading()));
                }
            }
        }

        /** Per sale, each code once; past {@value #MAX_UNKNOWN_CODES} distinct codes new ones are not counted. */
        private void recordUnknownCodes(List<Resolution> resolutions) {
            Set<String> codes = new HashSet<>();
            for (Resolution resolution : resolutions) {
                if (!resolution.resolved() && !resolution.code().isEmpty()) {
                    codes.add(resolution.code());
                }
            }
            for (String code : codes) {
                if (unknownCodes.containsKey(code) || unknownCodes.size() < MAX_UNKNOWN_CODES) {
                    unknownCodes.merge(code, 1L, Long::sum);
                }
            }
        }

        private List<ReportSummary.CodeCount> unknownCodes() {
            return unknownCodes.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(ReportSummary.CHECK_LISTED)
                    .map(e -> new ReportSummary.CodeCount(e.getKey(), e.getValue()))
                    .toList();
        }

        private void recordNothingFound(Sale sale) {
            if (sale.heading().isBlank()) {
                emptyHeading++;
            } else {
                unmatched++;
                unmatchedWords.addSale(sale);
                if (unmatchedExamples.size() < UNMATCHED_EXAMPLES) {
                    unmatchedExamples.add(sale.heading());
                }
                recordBoundaryFailure(sale.heading());
            }
            if (includeUnmatched) {
                write(ReportRow.unmatched(sale));
            }
        }

        /** A keyword glued to other letters ("OmnieCD01") is the one failure a catalogue line can fix exactly. */
        private void recordBoundaryFailure(String heading) {
            if (!matcher.failsOnlyOnBoundary(heading)) {
                return;
            }
            boundaryFailures++;
            if (boundaryFixes.size() >= UNMATCHED_EXAMPLES) {
                return;
            }
            for (Candidate candidate : matcher.explain(heading).candidates()) {
                if (!candidate.catalogueFixes().isEmpty()) {
                    boundaryFixes.add("\"" + heading + "\": add alias "
                            + String.join(" or ", candidate.catalogueFixes())
                            + " to " + candidate.product().code() + " (\"" + candidate.alias() + "\" is glued to '"
                            + Character.toString(candidate.offendingCodePoint()) + "')");
                    return;
                }
            }
        }

        private void write(ReportRow row) {
            writer.write(row);
            totals.add(row);
            rows++;
        }

        ReportTotals totals() {
            return totals.totals(unmatchedWords.topWithExamples(TOP_WORDS_WITH_EXAMPLES));
        }

        ReportSummary summary(SaleSourceReport source) {
            ReportSummary counts = counts(source);
            ReportDiagnosis diagnosis =
                    ReportDiagnostician.diagnose(counts, thinShare, origin, boundaryFailures, boundaryFixes);
            return diagnosis == null ? counts : counts.withDiagnosis(diagnosis);
        }

        private ReportSummary counts(SaleSourceReport source) {
            return new ReportSummary(
                    read,
                    withoutCustomer,
                    emptyHeading,
                    byQuoteLine,
                    byUdf,
                    byHeading,
                    unmatched,
                    rows,
                    quantitiesIgnored,
                    quantitiesIgnoredListed,
                    rowsBySource,
                    quantitiesToCheck,
                    quantitiesToCheckTotal,
                    unmatchedWords.top(TOP_WORDS),
                    unmatchedExamples,
                    unknownCodes(),
                    source);
        }
    }
}
