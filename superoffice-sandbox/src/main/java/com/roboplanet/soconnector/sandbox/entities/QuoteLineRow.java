package com.roboplanet.soconnector.sandbox.entities;

/** A quote line of a sale inside the simulated tenant. */
public record QuoteLineRow(
        int quoteLineId,
        int rank,
        String name,
        String code,
        String erpProductKey,
        double quantity,
        double unitListPrice,
        String productFamilyKey) {

    /** Quantity times unit list price (the sandbox gives no discounts on lines). */
    public double totalPrice() {
        return quantity * unitListPrice;
    }
}
