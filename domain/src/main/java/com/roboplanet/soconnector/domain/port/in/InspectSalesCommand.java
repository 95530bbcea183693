package com.roboplanet.soconnector.domain.port.in;

import java.util.Objects;

/**
 * Which CRM sales to show.
 *
 * @param saleId this sale only; null for the latest ones
 * @param limit how many to show, at least 1
 * @param withoutCustomer only sales without a customer (the ones the report skips)
 * @param unmatched only sales whose heading matches no product of the catalogue
 * @param withFullRecord also read each sale's full record
 * @param catalog the catalogue headings are matched against, as {@code report} would
 */
public record InspectSalesCommand(
        Long saleId,
        int limit,
        boolean withoutCustomer,
        boolean unmatched,
        boolean withFullRecord,
        CatalogChoice catalog) {
    public InspectSalesCommand {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        Objects.requireNonNull(catalog, "catalog");
    }
}
