package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import java.util.ArrayList;
import java.util.List;

/**
 * One run's report written to several sinks (the report file and its HTML page), which appear together: every sink
 * finishes its file before any is published, so a failure while writing (a full disk, a bad path found late) leaves
 * every destination as it was. Publishing is a rename in each target's own directory; should a later rename fail after
 * an earlier one succeeded (the directory removed or made read-only during the run), the error names the report that
 * is missing and the earlier one stays in place, complete.
 */
public final class FanOutReportSink implements ReportSink {
    private final List<ReportSink> sinks;

    /** @param sinks written in this order, and published in it */
    public FanOutReportSink(List<ReportSink> sinks) {
        if (sinks.isEmpty()) {
            throw new IllegalArgumentException("a report goes somewhere: no sink given");
        }
        this.sinks = List.copyOf(sinks);
    }

    /** Opens every sink, so that a path that cannot be written fails before the first sale is read. */
    @Override
    public ReportWriter open() {
        List<ReportWriter> writers = new ArrayList<>(sinks.size());
        try {
            for (ReportSink sink : sinks) {
                writers.add(sink.open());
            }
        } catch (RuntimeException e) {
            for (ReportWriter opened : writers) {
                try {
                    opened.close();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        return new Writer(writers);
    }

    private static final class Writer implements ReportWriter {
        private final List<ReportWriter> writers;

        Writer(List<ReportWriter> writers) {
            this.writers = writers;
        }

        @Override
        public void write(ReportRow row) {
            for (ReportWriter writer : writers) {
                writer.write(row);
            }
        }

        @Override
        public void finish(ReportSummary summary, ReportTotals totals) {
            for (ReportWriter writer : writers) {
                writer.finish(summary, totals);
            }
        }

        @Override
        public void publish() {
            for (ReportWriter writer : writers) {
                writer.publish();
            }
        }

        @Override
        public void close() {
            RuntimeException failure = null;
            for (ReportWriter writer : writers) {
                try {
                    writer.close();
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
