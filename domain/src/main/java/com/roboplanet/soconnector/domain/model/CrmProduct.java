package com.roboplanet.soconnector.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product of the CRM's product archive: what a user needs to recognise it and to turn it into a
 * catalogue entry.
 *
 * @param family the product family's display name (empty when none)
 * @param listPrice null when the CRM has no price for it
 * @param inAssortment whether the product is still sold
 */
public record CrmProduct(long id, String code, String name, String family, BigDecimal listPrice, boolean inAssortment) {
    public CrmProduct {
        if (id <= 0) {
            throw new IllegalArgumentException("product id must be positive, was " + id);
        }
        code = Objects.requireNonNullElse(code, "").strip();
        name = Objects.requireNonNullElse(name, "").strip();
        family = Objects.requireNonNullElse(family, "").strip();
    }
}
