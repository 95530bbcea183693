package com.roboplanet.soconnector.sandbox;

/** A quote line of a sale inside the simulated tenant. */
record QuoteLineRow(
        int quoteLineId,
        int rank,
        String name,
        String code,
        String erpProductKey,
        double quantity,
        double unitListPrice,
        String productFamilyKey) {

    double totalPrice() {
        return quantity * unitListPrice;
    }
}
