package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.port.in.BatchRowResult;
import com.roboplanet.soconnector.domain.port.in.BatchSummary;

/** Where a person follows a batch as it runs. */
public interface BatchProgress {

    /** Each row's result, as soon as it is known and before the next row is sent. */
    void rowDone(BatchRowResult row);

    /** Once at the end, also when the batch stops early on a failure, before that failure goes on. */
    void batchDone(BatchSummary summary);
}
