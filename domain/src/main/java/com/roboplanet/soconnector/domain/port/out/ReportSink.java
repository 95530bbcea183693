package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.port.in.ReportSummary;

/** Where the report goes. All or nothing: a report is visible only once it is complete. */
public interface ReportSink {

    /** Starts a report; nothing is visible at the destination until {@link ReportWriter#publish}. */
    ReportWriter open();

    /**
     * One report being written, in two phases so that several reports of one run appear together or not at all:
     * {@link #finish} does all the writing that can fail (a full disk, an unencodable character) at a place nobody
     * reads, {@link #publish} only makes the result visible. Closing it without publishing discards it.
     */
    interface ReportWriter extends AutoCloseable {
        void write(ReportRow row);

        /**
         * Writes what comes after the rows (the summary and the totals where the format has room for them) and
         * finishes the file, still invisible.
         *
         * @throws ReportSinkException when the report cannot be written; nothing became visible
         */
        void finish(ReportSummary summary, ReportTotals totals);

        /**
         * Makes the finished report visible at its destination (a rename in its own directory).
         *
         * @throws ReportSinkException when it cannot be moved into place; the destination is as it was
         */
        void publish();

        /** Finishes and publishes: the report of a run with one destination. */
        default void complete(ReportSummary summary, ReportTotals totals) {
            finish(summary, totals);
            publish();
        }

        /** Discards what was written unless {@link #publish} succeeded. */
        @Override
        void close();
    }
}
