package com.roboplanet.soconnector.app.report;

import com.roboplanet.soconnector.app.AppContext;
import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.app.InputsAndOutputs;
import com.roboplanet.soconnector.app.SaleSelection;
import com.roboplanet.soconnector.app.UserInputException;
import com.roboplanet.soconnector.app.config.FilesConfig;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code so-connector report}: the customer-product report. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Reads sales (from SuperOffice, or an export with --from), recognises products and quantities in"
                    + " their quote lines, user-defined fields and headings, and writes one row per (sale, product).",
            "Sales without a customer are skipped and counted. A summary goes to stderr."
        })
public final class ReportSubcommand implements Callable<Integer> {

    enum Format {
        csv,
        jsonl,
        xlsx
    }

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write the report, once it is complete: a file (through a symbolic link to its"
                    + " target; a device or named pipe is written, never replaced), or - for standard output (csv and"
                    + " jsonl). Default: product_report.csv (.jsonl, .xlsx with --format).")
    Path out;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "csv (default), jsonl (one JSON object per row, then a summary object) or xlsx (an Excel"
                    + " workbook: the rows, sheets by customer and by product, and the summary).")
    Format format = Format.csv;

    @Option(
            names = "--html",
            paramLabel = "FILE",
            description = "Also write a one-page HTML summary with charts (opens offline); it appears with the report.")
    Path html;

    @Option(
            names = "--excel",
            negatable = true,
            description = "CSV that German Excel opens by double-click: UTF-8 BOM, ';', CRLF. Default: SO_EXCEL"
                    + " (false); --no-excel writes plain CSV where SO_EXCEL=true.")
    Boolean excel;

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
            description = "Write no report: show, for this sale, the record, its quote lines and user-defined fields,"
                    + " the normalised heading with every candidate alias and why it did or did not match, then the"
                    + " rows the report writes for it (in --format).")
    Long explain;

    @Mixin
    SaleSelection sales = new SaleSelection();

    @Spec
    CommandSpec spec;

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

    /** The file name that means standard output, as in most command-line tools. */
    private static final Path STANDARD_OUTPUT = Path.of("-");

    @Override
    public Integer call() {
        if (Boolean.TRUE.equals(excel) && format != Format.csv) {
            throw usage("--excel applies to --format csv only");
        }
        sales.validate(context.workingDirectory());
        if (explain != null) {
            if (out != null) {
                throw usage("--explain writes no report, so --out does not apply (the rows go to standard output)");
            }
            return explain(explain);
        }
        if (thinSharePercent < 0 || thinSharePercent > 100) {
            throw usage("--thin-share must be a percentage between 0 and 100, was " + thinSharePercent);
        }
        ReportDestination destination = destination();
        List<Pattern> udfProductPatterns = SuperOfficeConfig.udfProductPatterns(context.configuration());
        ReportSummary summary = generateReport.generate(new GenerateProductReportCommand(
                sales.origin(!noQuoteLines, context.workingDirectory()),
                new SaleQuery(sales.effectiveLimit(), since, status, true),
                sales.catalog(context.workingDirectory(), catalogFromCrm),
                destination,
                includeUnmatched,
                udfProductPatterns,
                thinSharePercent / 100));
        SummaryPrinter.print(
                summary,
                destination.describe()
                        + destination.htmlIfAny().map(page -> " and " + page).orElse(""),
                console.err());
        return summary.source().incomplete() ? ExitCode.INCOMPLETE : ExitCode.OK;
    }

    private ReportDestination destination() {
        Path page = html == null ? null : resolve(html);
        if (STANDARD_OUTPUT.equals(out)) {
            if (page != null) {
                throw usage("--html needs the report in a file: --out - and --html cannot be combined");
            }
            return ReportDestination.standardOutput(reportFormat());
        }
        Path target = resolve(out != null ? out : Path.of("product_report." + format.name()));
        new InputsAndOutputs()
                .input("--from", sales.from == null ? null : resolve(sales.from))
                .input("--catalog", sales.catalog == null ? null : resolve(sales.catalog))
                .output(out != null ? "--out" : "the report", target)
                .output("--html", page)
                .requireDistinct();
        return new ReportDestination(target, reportFormat(), page);
    }

    /** The same choices as a report run: quote lines, fields, catalogue, unmatched rows and the report's format. */
    private int explain(long saleId) {
        SaleExplanation explanation = explainSale
                .explain(new ExplainSaleCommand(
                        sales.origin(!noQuoteLines, context.workingDirectory()),
                        saleId,
                        sales.catalog(context.workingDirectory(), catalogFromCrm),
                        SuperOfficeConfig.udfProductPatterns(context.configuration()),
                        includeUnmatched))
                .orElseThrow(() -> new UserInputException(
                        sales.fromCrm()
                                ? "SuperOffice has no sale with id " + saleId
                                : sales.from + ": no sale with id " + saleId));
        ExplainPrinter.print(explanation, console.out());
        if (!explanation.rows().isEmpty()) {
            // The rows as the report writes them; a workbook cannot go to the terminal, so its rows show as CSV.
            explainSale.writeRows(
                    explanation,
                    ReportDestination.standardOutput(
                            reportFormat() == ReportFormat.XLSX ? ReportFormat.CSV : reportFormat()));
        }
        return ExitCode.OK;
    }

    /** Options that contradict each other, or a value out of range: the command line is wrong (exit code 2). */
    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private ReportFormat reportFormat() {
        return switch (format) {
            case csv -> excel() ? ReportFormat.EXCEL_CSV : ReportFormat.CSV;
            case jsonl -> ReportFormat.JSONL;
            case xlsx -> ReportFormat.XLSX;
        };
    }

    /** --excel or --no-excel if given, else SO_EXCEL. */
    private boolean excel() {
        return excel != null ? excel : FilesConfig.excel(context.configuration());
    }

    private Path resolve(Path path) {
        return context.workingDirectory().resolve(path);
    }
}
