package com.roboplanet.soconnector.app.report;

import com.roboplanet.soconnector.app.AppContext;
import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.app.SaleSelection;
import com.roboplanet.soconnector.app.UserInputException;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;
import com.roboplanet.soconnector.domain.model.SaleStatus;
import com.roboplanet.soconnector.domain.port.in.ExplainSaleCommand;
import com.roboplanet.soconnector.domain.port.in.ExplainSaleUseCase;
import com.roboplanet.soconnector.domain.port.in.GenerateProductReportCommand;
import com.roboplanet.soconnector.domain.port.in.GenerateProductReportUseCase;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.in.SaleExplanation;
import com.roboplanet.soconnector.domain.port.out.ReportDestination;
import com.roboplanet.soconnector.domain.port.out.ReportFormat;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code so-connector report}: the customer-product report. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Reads sales (from SuperOffice, or an export with --from-csv), recognises products and quantities in"
                    + " their headings, and writes one row per (sale, product).",
            "Sales without a customer are skipped and counted. A summary goes to stderr."
        })
public final class ReportSubcommand implements Callable<Integer> {

    enum Format {
        csv,
        jsonl
    }

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write the report. Default: product_report.csv (.jsonl with --format jsonl).")
    Path out;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "csv (default) or jsonl (one JSON object per row, then a summary object).")
    Format format = Format.csv;

    @Option(names = "--excel", description = "CSV that German Excel opens by double-click: UTF-8 BOM, ';', CRLF.")
    boolean excel;

    @Option(
            names = "--include-unmatched",
            description = "Also write one row without product for each sale that matched nothing.")
    boolean includeUnmatched;

    @Option(
            names = "--since",
            paramLabel = "DATE",
            converter = DayConverter.class,
            description = "Only sales dated on or after DATE (YYYY-MM-DD or DD.MM.YYYY).")
    LocalDate since;

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            description = "Only sales in this state: open, sold, lost or stalled.",
            converter = SaleStatusConverter.class)
    SaleStatus status;

    @Option(
            names = "--no-quote-lines",
            description = "Do not read quote lines (about two requests per quoted sale); match headings only.")
    boolean noQuoteLines;

    @Option(
            names = "--catalog-from-crm",
            description =
                    "Add the CRM's product families and products (names and codes) to the catalogue for this run.")
    boolean catalogFromCrm;

    @Option(
            names = "--thin-share",
            paramLabel = "PERCENT",
            description =
                    "Explain the run when fewer than PERCENT of the sales with a customer match (default: ${DEFAULT-VALUE}).")
    double thinSharePercent = 100 * GenerateProductReportCommand.DEFAULT_THIN_SHARE;

    @Option(
            names = "--explain",
            paramLabel = "SALE_ID",
            description =
                    "Write no report: show, for this sale, the record, the normalised heading and every candidate alias with why it did or did not match.")
    Long explain;

    @Mixin
    SaleSelection sales = new SaleSelection();

    private final GenerateProductReportUseCase generateReport;
    private final ExplainSaleUseCase explainSale;
    private final Console console;
    private final AppContext context;

    @Inject
    ReportSubcommand(
            GenerateProductReportUseCase generateReport,
            ExplainSaleUseCase explainSale,
            Console console,
            AppContext context) {
        this.generateReport = generateReport;
        this.explainSale = explainSale;
        this.console = console;
        this.context = context;
    }

    @Override
    public Integer call() {
        if (excel && format != Format.csv) {
            throw new UserInputException("--excel applies to --format csv only");
        }
        sales.validate();
        if (explain != null) {
            return explain(explain);
        }
        if (thinSharePercent < 0 || thinSharePercent > 100) {
            throw new UserInputException(
                    "--thin-share must be a percentage between 0 and 100, was " + thinSharePercent);
        }
        Path target = resolve(
                out != null ? out : Path.of(format == Format.jsonl ? "product_report.jsonl" : "product_report.csv"));
        List<Pattern> udfProductPatterns = SuperOfficeConfig.udfProductPatterns(context.configuration());
        ReportSummary summary = generateReport.generate(new GenerateProductReportCommand(
                sales.origin(!noQuoteLines, context.workingDirectory()),
                new SaleQuery(sales.effectiveLimit(), since, status, true),
                sales.catalog(context.workingDirectory(), catalogFromCrm),
                new ReportDestination(target, reportFormat()),
                includeUnmatched,
                udfProductPatterns,
                thinSharePercent / 100));
        SummaryPrinter.print(summary, target.toString(), console.err());
        return summary.source().incomplete() ? ExitCode.INCOMPLETE : ExitCode.OK;
    }

    private int explain(long saleId) {
        SaleExplanation explanation = explainSale
                .explain(new ExplainSaleCommand(
                        sales.origin(false, context.workingDirectory()),
                        saleId,
                        sales.catalog(context.workingDirectory(), catalogFromCrm)))
                .orElseThrow(() -> new UserInputException(
                        sales.fromCrm()
                                ? "SuperOffice has no sale with id " + saleId
                                : sales.fromCsv + ": no sale with id " + saleId));
        ExplainPrinter.print(explanation, console.out());
        return ExitCode.OK;
    }

    private ReportFormat reportFormat() {
        return switch (format) {
            case csv -> excel ? ReportFormat.EXCEL_CSV : ReportFormat.CSV;
            case jsonl -> ReportFormat.JSONL;
        };
    }

    private Path resolve(Path path) {
        return context.workingDirectory().resolve(path);
    }
}
