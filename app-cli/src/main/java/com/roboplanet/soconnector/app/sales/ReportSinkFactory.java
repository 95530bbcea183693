package com.roboplanet.soconnector.app.sales;

import com.roboplanet.soconnector.adapters.csv.CsvReportFormat;
import com.roboplanet.soconnector.adapters.csv.CsvReportSink;
import com.roboplanet.soconnector.adapters.csv.JsonLinesReportSink;
import com.roboplanet.soconnector.adapters.csv.ReportTarget;
import com.roboplanet.soconnector.adapters.csv.XlsxReportSink;
import com.roboplanet.soconnector.adapters.html.HtmlReportSink;
import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.VersionProvider;
import com.roboplanet.soconnector.domain.port.out.ReportDestination;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportSinks;
import com.roboplanet.soconnector.domain.service.FanOutReportSink;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The one place that turns a report format into the adapter that writes it; a new format adds one case. Standard
 * output is the console's, so that nothing else reaches it while a report is written there. An HTML page beside the
 * report goes through a {@link FanOutReportSink}, so that both files appear together when the run completes, or
 * neither.
 */
final class ReportSinkFactory implements ReportSinks {
    private final Console console;
    private final Clock clock = Clock.systemDefaultZone();

    @Inject
    ReportSinkFactory(Console console) {
        this.console = console;
    }

    @Override
    public ReportSink sink(ReportDestination destination) {
        String version = VersionProvider.version();
        ReportTarget target = destination.toStandardOutput()
                ? ReportTarget.stream(console.out(), destination.describe())
                : ReportTarget.file(destination.file());
        ReportSink report = switch (destination.format()) {
            case CSV -> new CsvReportSink(target, CsvReportFormat.DEFAULT);
            case EXCEL_CSV -> new CsvReportSink(target, CsvReportFormat.EXCEL);
            case JSONL -> new JsonLinesReportSink(target);
            // ReportDestination refuses an .xlsx workbook on standard output, so there is a file.
            case XLSX -> new XlsxReportSink(destination.file(), version, clock);
        };
        return destination
                .htmlIfAny()
                .<ReportSink>map(
                        html -> new FanOutReportSink(List.of(report, new HtmlReportSink(html, version, clock))))
                .orElse(report);
    }
}
