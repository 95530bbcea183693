package com.roboplanet.soconnector.sandbox;

import java.util.Objects;

/** A quote line of a {@link ScenarioSale}. {@code productFamilyKey} is the ProductFamily list id as a string. */
public record ScenarioQuoteLine(
        String name,
        String code,
        String erpProductKey,
        double quantity,
        double unitListPrice,
        String productFamilyKey) {

    public ScenarioQuoteLine {
        Objects.requireNonNull(name, "quote line name");
        Objects.requireNonNull(code, "quote line code");
        Objects.requireNonNull(erpProductKey, "quote line erpProductKey");
        Objects.requireNonNull(productFamilyKey, "quote line productFamilyKey");
        if (quantity < 0) throw new IllegalArgumentException("quote line quantity must not be negative: " + quantity);
    }
}
