package com.roboplanet.soconnector.app.sales;

import com.roboplanet.soconnector.adapters.csv.CsvReportFormat;
import com.roboplanet.soconnector.adapters.csv.CsvReportSink;
import com.roboplanet.soconnector.adapters.csv.JsonLinesReportSink;
import com.roboplanet.soconnector.adapters.csv.ReportTarget;
import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.domain.port.out.ReportDestination;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportSinks;
import jakarta.inject.Inject;

/**
 * The one place that turns a report format into the adapter that writes it; a new format adds one case. Standard
 * output is the console's, so that nothing else reaches it while a report is written there.
 */
final class ReportSinkFactory implements ReportSinks {
    private final Console console;

    @Inject
    ReportSinkFactory(Console console) {
        this.console = console;
    }

    @Override
    public ReportSink sink(ReportDestination destination) {
        ReportTarget target = destination.toStandardOutput()
                ? ReportTarget.stream(console.out(), destination.describe())
                : ReportTarget.file(destination.file());
        return switch (destination.format()) {
            case CSV -> new CsvReportSink(target, CsvReportFormat.DEFAULT);
            case EXCEL_CSV -> new CsvReportSink(target, CsvReportFormat.EXCEL);
            case JSONL -> new JsonLinesReportSink(target);
        };
    }
}
