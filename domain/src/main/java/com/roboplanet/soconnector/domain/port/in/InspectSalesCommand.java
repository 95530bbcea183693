package com.roboplanet.soconnector.domain.port.in;

/**
 * Which CRM sales to show.
 *
 * @param saleId this sale only; null for the latest ones
 * @param limit how many to show, at least 1
 * @param withoutCustomer only sales without a customer (the ones the report skips)
 * @param unmatched only sales whose heading matches no product of the built-in catalogue
 * @param withFullRecord also read each sale's full record
 */
public record InspectSalesCommand(
        Long saleId, int limit, boolean withoutCustomer, boolean unmatched, boolean withFullRecord) {
    public InspectSalesCommand {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
