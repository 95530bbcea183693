package com.roboplanet.soconnector.adapters.superoffice;

import com.roboplanet.soconnector.domain.model.SaleStatus;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the FindSale {@code $filter}. Uses only operators the reference shows working: {@code ge} and
 * {@code le} fail on the real API, so "on or after" is {@code after} the previous day.
 */
final class SaleFilter {
    static final String HAS_CUSTOMER = "contact/contactId gt 0";

    private SaleFilter() {}

    static String of(SaleQuery query, boolean customerFilterOnServer) {
        List<String> parts = new ArrayList<>();
        if (query.customersOnly() && customerFilterOnServer) {
            parts.add(HAS_CUSTOMER);
        }
        query.sinceIfSet().ifPresent(since -> parts.add("date after '" + since.minusDays(1) + "'"));
        query.statusIfSet().ifPresent(status -> parts.add("saleStatus oneOf (" + code(status) + ")"));
        return String.join(" and ", parts);
    }

    /** SuperOffice's SaleStatus enum values (Unknown = 0). */
    static int code(SaleStatus status) {
        return switch (status) {
            case OPEN -> 1;
            case SOLD -> 2;
            case LOST -> 3;
            case STALLED -> 4;
        };
    }
}
