package com.roboplanet.soconnector.app.sales;

import com.roboplanet.soconnector.adapters.csv.CsvReportFormat;
import com.roboplanet.soconnector.adapters.csv.CsvReportSink;
import com.roboplanet.soconnector.adapters.csv.JsonLinesReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportDestination;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportSinks;

/** The one place that turns a report format into the adapter that writes it; a new format adds one case. */
final class ReportSinkFactory implements ReportSinks {
    @Override
    public ReportSink sink(ReportDestination destination) {
        return switch (destination.format()) {
            case CSV -> new CsvReportSink(destination.file(), CsvReportFormat.DEFAULT);
            case EXCEL_CSV -> new CsvReportSink(destination.file(), CsvReportFormat.EXCEL);
            case JSONL -> new JsonLinesReportSink(destination.file());
        };
    }
}
