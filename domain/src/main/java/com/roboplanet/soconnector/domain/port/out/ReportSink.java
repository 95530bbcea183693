package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.port.in.ReportSummary;

/** Where the report goes. All or nothing: a report is visible only once it is complete. */
public interface ReportSink {

    /** Starts a report; nothing is visible at the destination until {@link ReportWriter#complete}. */
    ReportWriter open();

    /** One report being written. Closing it without completing it discards it. */
    interface ReportWriter extends AutoCloseable {
        void write(ReportRow row);

        /** Makes the report visible at its destination, with the summary where the format has room for it. */
        void complete(ReportSummary summary);

        /** Discards what was written unless {@link #complete} succeeded. */
        @Override
        void close();
    }
}
