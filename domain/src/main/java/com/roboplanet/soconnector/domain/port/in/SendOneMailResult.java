package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.SendReceipt;
import java.util.List;
import java.util.Objects;

/**
 * What one send did, and what the journal still holds from earlier runs that needs {@code send --resume} or a person.
 *
 * @param earlier the open work of earlier runs (sent but not archived, interrupted sends, entries of an earlier version
 *     or another tenant); the run exits 7 while it is not empty, whichever run left it
 */
public record SendOneMailResult(SendReceipt receipt, List<SendReceipt> earlier) {
    public SendOneMailResult {
        Objects.requireNonNull(receipt, "receipt");
        earlier = List.copyOf(earlier);
    }
}
