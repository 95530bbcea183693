package com.roboplanet.soconnector.sandbox.entities;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A sale inside the simulated tenant. {@code contactId} 0 means no customer (and an empty {@code contactName}). {@code status} is the list id 1..4 (open,
 * sold, lost, stalled). {@code updated} is {@code null} for a sale never updated.
 * {@code udefs} holds the user-defined fields that are set, by ProgId (see {@link SaleUdefs}). {@code quoteLines} are the
 * lines of the quote's alternative that counts ({@link SaleQuote#chosen()}); {@code quote} is {@code null} for a sale
 * without a quote.
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
        Map<String, String> udefs,
        SaleQuote quote) {

    /** A sale whose quote (if it has lines) is the usual one: one version, one alternative, ids equal to the sale's. */
    public SaleRow(
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
        this(
                saleId,
                heading,
                date,
                amount,
                status,
                contactId,
                contactName,
                personId,
                associateId,
                updated,
                quoteLines,
                udefs,
                quoteLines.isEmpty() ? null : SaleQuote.single(saleId, quoteLines));
    }

    /** Whether the sale has a quote. */
    public boolean hasQuote() {
        return quote != null;
    }
}
