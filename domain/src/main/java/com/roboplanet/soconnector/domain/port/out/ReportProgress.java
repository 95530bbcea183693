package com.roboplanet.soconnector.domain.port.out;

/**
 * Where a person follows a report run while it reads: how many sales were read and how many report rows written so
 * far. Called for every sale, from the thread that runs the report: an implementation keeps it cheap (count, and show
 * at its own pace) and must not throw.
 */
public interface ReportProgress {
    /** Shows nothing. */
    ReportProgress NONE = new ReportProgress() {};

    /**
     * The run starts reading.
     *
     * @param atMost the most sales the query reads ({@code --limit}), 0 when it reads all of them
     */
    default void started(long atMost) {}

    /** One more sale was read; {@code rowsWritten} rows are in the report so far. */
    default void saleRead(long salesRead, long rowsWritten) {}

    /** The run read its last sale, or stopped on a failure; called once, before the summary or the error. */
    default void finished(long salesRead, long rowsWritten) {}
}
