package com.roboplanet.soconnector.sandbox.entities;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A sale inside the simulated tenant. {@code contactId} 0 means no customer (and an empty {@code contactName}). {@code status} is the list id 1..4 (open,
 * sold, lost, stalled). {@code updated} is {@code null} for a sale never updated.
 * {@code udefs} holds the user-defined fields that are set, by ProgId (see {@link SaleUdefs}).
 */
public record SaleRow(
        int saleId,
        String heading,
        LocalDateTime date,
        double amount,
        int status,
        int contactId,
        String contactName,
        int personId,
        int associateId,
        LocalDateTime updated,
        List<QuoteLineRow> quoteLines,
        Map<String, String> udefs) {

    /** Whether the sale has a quote: it has one exactly when it has quote lines. */
    public boolean hasQuote() {
        return !quoteLines.isEmpty();
    }
}
