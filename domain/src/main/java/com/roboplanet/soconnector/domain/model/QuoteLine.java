package com.roboplanet.soconnector.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A line of a sale's quote: the only structured product information SuperOffice has on a sale.
 *
 * @param code the product code as the quote line carries it (may be empty)
 * @param productFamily the product family key or name (may be empty)
 * @param quantity null when the line carries no usable quantity (missing, zero, negative or not a number)
 */
public record QuoteLine(String code, String name, String productFamily, BigDecimal quantity) {
    public QuoteLine {
        code = Objects.requireNonNullElse(code, "").strip();
        name = Objects.requireNonNullElse(name, "").strip();
        productFamily = Objects.requireNonNullElse(productFamily, "").strip();
    }
}
