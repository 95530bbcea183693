package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.CsvLayout;
import com.roboplanet.soconnector.domain.port.in.BatchRowResult;
import java.nio.file.Path;

/**
 * The per-row result file of a batch. Each row is on disk before the next mail is sent, so a run that dies leaves a
 * file that is correct up to the last mail it handled; the journal, not this file, keeps the next run from sending
 * twice.
 */
@FunctionalInterface
public interface BatchResults {

    /**
     * Replaces the file with one that has only the header.
     *
     * @param layout the recipient list's layout, which the results follow so that they open like the list
     * @throws BatchResultsException when the file cannot be written
     */
    Log create(Path file, CsvLayout layout);

    /** The open file of one batch. */
    interface Log extends AutoCloseable {
        /**
         * One row; on disk when this returns.
         *
         * @throws BatchResultsException naming the file and the system's reason (a full disk) when it cannot be written
         */
        void append(BatchRowResult row);

        @Override
        void close();
    }
}
