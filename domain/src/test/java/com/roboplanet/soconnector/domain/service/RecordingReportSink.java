package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import java.util.ArrayList;
import java.util.List;

/** Keeps the rows and records whether the report was completed or discarded. */
final class RecordingReportSink implements ReportSink {
    final List<ReportRow> rows = new ArrayList<>();
    ReportSummary completedWith;
    ReportTotals totals;
    boolean closed;

    @Override
    public ReportWriter open() {
        return new ReportWriter() {
            @Override
            public void write(ReportRow row) {
                rows.add(row);
            }

            @Override
            public void finish(ReportSummary summary, ReportTotals totals) {
                completedWith = summary;
                RecordingReportSink.this.totals = totals;
            }

            @Override
            public void publish() {}

            @Override
            public void close() {
                closed = true;
            }
        };
    }
}
