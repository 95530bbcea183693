package com.roboplanet.soconnector.domain.model;

import java.util.Objects;

/**
 * A sale a mail is about.
 *
 * @param contactId the sale's customer; 0 when the sale has none
 */
public record SaleRef(long saleId, long contactId, String heading) {
    public SaleRef {
        if (saleId <= 0) {
            throw new IllegalArgumentException("sale id must be positive, was " + saleId);
        }
        heading = Objects.requireNonNullElse(heading, "");
    }
}
