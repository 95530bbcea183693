package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.Candidate;
import com.roboplanet.soconnector.domain.matching.MatchExplanation;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.matching.TextNormalizer;
import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductMatch;
import com.roboplanet.soconnector.domain.model.QuoteLine;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.ExplainSaleCommand;
import com.roboplanet.soconnector.domain.port.in.ExplainSaleUseCase;
import com.roboplanet.soconnector.domain.port.in.GenerateProductReportCommand;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogUseCase;
import com.roboplanet.soconnector.domain.port.in.RecognisedProduct;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.in.SaleExplanation;
import com.roboplanet.soconnector.domain.port.in.SaleExplanation.StructuredStage;
import com.roboplanet.soconnector.domain.port.in.SaleExplanation.StructuredStage.Status;
import com.roboplanet.soconnector.domain.port.out.CatalogFiles;
import com.roboplanet.soconnector.domain.port.out.ReportDestination;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink.ReportWriter;
import com.roboplanet.soconnector.domain.port.out.ReportSinks;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.domain.port.out.SaleSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one sale with its record and shows every stage the report uses on it, in the report's order of precedence:
 * quote lines, user-defined fields, the heading (with every candidate alias the matcher considered). The rows at the
 * end come from the report's own code path ({@link SaleProducts}, {@link GenerateProductReportService.Run}), so the
 * explanation and the report cannot disagree.
 */
public final class ExplainSaleService implements ExplainSaleUseCase {
    private final SaleSources sources;
    private final ReportSinks sinks;
    private final CatalogLoader catalogs;
    private final CrmProductNames crmNames;

    /**
     * @param sinks where {@link #writeRows} writes, as the report does
     * @param crmProducts asked only when the explanation adds the CRM's products to its catalogue
     * @param crmNames asked, as by the report, only when a user-defined field holds a code the catalogue cannot place
     */
    public ExplainSaleService(
            SaleSources sources,
            ReportSinks sinks,
            CatalogFiles catalogFiles,
            MergeCrmCatalogUseCase crmProducts,
            CrmProductNames crmNames) {
        this.sources = sources;
        this.sinks = sinks;
        this.catalogs = new CatalogLoader(catalogFiles, crmProducts);
        this.crmNames = crmNames;
    }

    /** Loads the catalogue before the sale, so that a broken catalogue file is reported before the CRM is asked. */
    @Override
    public Optional<SaleExplanation> explain(ExplainSaleCommand command) {
        ProductCatalog catalog = catalogs.load(command.catalog());
        return sources.records(command.origin())
                .find(command.saleId())
                .map(record -> explain(record, catalog, command, crmNames.forRun()));
    }

    @Override
    public void writeRows(SaleExplanation explanation, ReportDestination destination) {
        try (ReportWriter writer = sinks.sink(destination).open()) {
            explanation.rows().forEach(writer::write);
            writer.complete(explanation.summary(), ReportTotals.of(explanation.rows(), List.of()));
        }
    }

    private static SaleExplanation explain(
            SaleRecord record, ProductCatalog catalog, ExplainSaleCommand command, CrmProductNames.Lookup crmNames) {
        Sale sale = record.sale();
        ProductMatcher matcher = ProductMatcher.of(catalog);
        SaleProducts products = new SaleProducts(catalog, matcher, command.udfProductPatterns(), crmNames);
        SaleProducts.Stages stages = products.of(sale);
        List<ReportRow> rows = new ArrayList<>();
        GenerateProductReportService.Run run = new GenerateProductReportService.Run(
                matcher,
                products,
                collecting(rows),
                command.includeUnmatched(),
                GenerateProductReportCommand.DEFAULT_THIN_SHARE,
                command.origin());
        run.accept(sale);
        ReportSummary summary =
                run.summary(new SaleSourceReport("sale " + sale.id() + " (explained)", 0, false, List.of()));
        String heading = sale.heading();
        MatchExplanation explanation = heading.isBlank() ? null : matcher.explain(heading);
        return new SaleExplanation(
                record,
                catalog.size(),
                catalog.aliasCount(),
                quoteLines(command.origin(), sale, stages.quoteLines(), placements(stages, MatchSource.QUOTE_LINE)),
                userDefinedFields(command, sale, stages.userDefinedFields(), placements(stages, MatchSource.UDF)),
                TextNormalizer.showInvisible(heading),
                explanation == null ? "" : explanation.skeleton(),
                explanation == null
                        ? List.of()
                        : explanation.candidates().stream()
                                .map(Candidate::describe)
                                .map(TextNormalizer::showInvisible)
                                .toList(),
                Recognition.products(stages.heading()).stream()
                        .map(p -> new RecognisedProduct(
                                p.productCode(), p.quantity(), TextNormalizer.showInvisible(p.matchedText())))
                        .toList(),
                stages.headingLeftOut().stream()
                        .map(SaleProducts.LeftOut::describe)
                        .map(TextNormalizer::showInvisible)
                        .toList(),
                rows,
                summary);
    }

    private static List<String> placements(SaleProducts.Stages stages, MatchSource source) {
        return stages.resolutions().stream()
                .filter(r -> r.source() == source)
                .map(Resolution::describe)
                .map(TextNormalizer::showInvisible)
                .toList();
    }

    private static StructuredStage quoteLines(
            SaleOrigin origin, Sale sale, List<ProductMatch> found, List<String> placements) {
        if (!origin.fromCrm()) {
            return StructuredStage.of(Status.NOT_IN_SOURCE);
        }
        if (!origin.withQuoteLines()) {
            return StructuredStage.of(Status.NOT_READ);
        }
        if (sale.quoteLines().isEmpty()) {
            return StructuredStage.of(Status.EMPTY);
        }
        List<String> values = new ArrayList<>();
        for (QuoteLine line : sale.quoteLines()) {
            values.add((line.code().isEmpty() ? "(no code)" : line.code()) + " \"" + line.name() + "\""
                    + (line.productFamily().isEmpty() ? "" : " family " + line.productFamily())
                    + (line.quantity() == null
                            ? ", no quantity"
                            : " x " + line.quantity().toPlainString()));
        }
        return new StructuredStage(Status.READ, values, products(found), placements);
    }

    private static StructuredStage userDefinedFields(
            ExplainSaleCommand command, Sale sale, List<ProductMatch> found, List<String> placements) {
        if (!command.origin().fromCrm()) {
            return StructuredStage.of(Status.NOT_IN_SOURCE);
        }
        if (command.udfProductPatterns().isEmpty()) {
            return StructuredStage.of(Status.NOT_READ);
        }
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> field : sale.userDefinedFields().entrySet()) {
            if (!field.getValue().isBlank()) {
                values.add(field.getKey() + " = " + TextNormalizer.showInvisible(field.getValue()));
            }
        }
        if (values.isEmpty()) {
            return StructuredStage.of(Status.EMPTY);
        }
        values.sort(null);
        return new StructuredStage(Status.READ, values, products(found), placements);
    }

    private static List<RecognisedProduct> products(List<ProductMatch> matches) {
        return matches.stream()
                .map(m -> new RecognisedProduct(m.product().code(), m.quantity(), m.matchedText()))
                .toList();
    }

    /** The report's rows of the sale, kept for the explanation instead of written. */
    private static ReportWriter collecting(List<ReportRow> rows) {
        return new ReportWriter() {
            @Override
            public void write(ReportRow row) {
                rows.add(row);
            }

            @Override
            public void finish(ReportSummary summary, ReportTotals totals) {
                // Nothing to end: the rows are the explanation's.
            }

            @Override
            public void publish() {
                // Nothing to make visible.
            }

            @Override
            public void close() {
                // Nothing to discard.
            }
        };
    }
}
