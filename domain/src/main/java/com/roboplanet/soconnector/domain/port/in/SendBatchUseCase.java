package com.roboplanet.soconnector.domain.port.in;

/**
 * Sends one mail per row of a recipient list, each with its own idempotency key, so that running the batch again
 * sends only what was not sent. A row with bad data fails alone; a CRM, relay or journal failure stops the batch
 * after its row is written, because every further row would fail the same way.
 */
public interface SendBatchUseCase {

    /**
     * @return every row's result; each was also handed to the progress and (unless a dry run) the result file as it
     *     happened
     * @throws IllegalArgumentException naming the file, line or option when the list, the template, the rate or the
     *     journal directory cannot be used (nothing was sent)
     */
    BatchSummary send(SendBatchCommand command);
}
