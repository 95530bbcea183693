package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.SaleStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which sales to read. A CRM source returns sales newest first, in an order it can page without drift (SuperOffice:
 * most recently registered first, by sale id), so that "the latest N" is well defined; a file source reads in file
 * order.
 *
 * @param limit the most sales to read; 0 reads all
 * @param since only sales dated on or after this day; null for no bound
 * @param status only sales in this state; null for all
 * @param customersOnly only sales linked to a customer (company); sources filter at the server where they can
 */
public record SaleQuery(int limit, LocalDate since, SaleStatus status, boolean customersOnly) {
    public static final int DEFAULT_LIMIT = 1000;

    public SaleQuery {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or positive, was " + limit);
        }
    }

    public static SaleQuery latest(int limit) {
        return new SaleQuery(limit, null, null, true);
    }

    public static SaleQuery all() {
        return new SaleQuery(0, null, null, true);
    }

    public boolean unlimited() {
        return limit == 0;
    }

    public Optional<LocalDate> sinceIfSet() {
        return Optional.ofNullable(since);
    }

    public Optional<SaleStatus> statusIfSet() {
        return Optional.ofNullable(status);
    }
}
