package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.HeadingMatch;
import com.roboplanet.soconnector.domain.matching.Mention;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.ProductMatch;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.GenerateProductReportCommand;
import com.roboplanet.soconnector.domain.port.in.GenerateProductReportUseCase;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink.ReportWriter;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;

/**
 * Streams sales from the source through the matcher into the sink. Holds one sale at a time; the
 * only state that grows is the unmatched-word tally, which is bounded by {@link WordTally}.
 */
public final class GenerateProductReportService implements GenerateProductReportUseCase {

    private static final int UNMATCHED_EXAMPLES = 3;
    private static final int TOP_WORDS = 5;

    @Override
    public ReportSummary generate(GenerateProductReportCommand command) {
        ProductMatcher matcher = ProductMatcher.of(command.catalog());
        try (ReportWriter writer = command.sink().open()) {
            Run run = new Run(matcher, writer, command.includeUnmatched());
            SaleSourceReport sourceReport = command.source().read(command.query(), run::accept);
            ReportSummary summary = run.summary(sourceReport);
            writer.complete(summary);
            return summary;
        }
    }

    /** The counters of one run; one instance per call, so the service itself stays stateless. */
    private static final class Run {
        private final ProductMatcher matcher;
        private final ReportWriter writer;
        private final boolean includeUnmatched;
        private final WordTally unmatchedWords = new WordTally();
        private final java.util.List<String> unmatchedExamples = new java.util.ArrayList<>();
        private long read;
        private long withoutCustomer;
        private long emptyHeading;
        private long byHeading;
        private long unmatched;
        private long rows;
        private long quantitiesIgnored;

        Run(ProductMatcher matcher, ReportWriter writer, boolean includeUnmatched) {
            this.matcher = matcher;
            this.writer = writer;
            this.includeUnmatched = includeUnmatched;
        }

        void accept(Sale sale) {
            read++;
            if (sale.customer() == null) {
                withoutCustomer++;
                return;
            }
            if (sale.heading().isBlank()) {
                emptyHeading++;
                writeUnmatched(sale);
                return;
            }
            HeadingMatch match = matcher.match(sale.heading());
            quantitiesIgnored += match.quantitiesIgnored();
            if (match.isEmpty()) {
                unmatched++;
                unmatchedWords.addHeading(sale.heading());
                if (unmatchedExamples.size() < UNMATCHED_EXAMPLES) {
                    unmatchedExamples.add(sale.heading());
                }
                writeUnmatched(sale);
                return;
            }
            byHeading++;
            for (Mention mention : match.mentions()) {
                write(ReportRow.of(new ProductMatch(
                        sale, mention.product(), mention.quantity(), mention.matchedText(), MatchSource.HEADING)));
            }
        }

        private void writeUnmatched(Sale sale) {
            if (includeUnmatched) {
                write(ReportRow.unmatched(sale));
            }
        }

        private void write(ReportRow row) {
            writer.write(row);
            rows++;
        }

        ReportSummary summary(SaleSourceReport source) {
            return new ReportSummary(
                    read,
                    withoutCustomer,
                    emptyHeading,
                    0,
                    0,
                    byHeading,
                    unmatched,
                    rows,
                    quantitiesIgnored,
                    unmatchedWords.top(TOP_WORDS),
                    unmatchedExamples,
                    source);
        }
    }
}
