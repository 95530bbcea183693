package com.roboplanet.soconnector.sandbox;

import java.util.Objects;

/**
 * A product a {@link ConcurrentEdit} saves into the price list. {@code familyId} is the ProductFamily list id (1..7);
 * a product id of the price list (1..16) replaces that product.
 */
public record ScenarioProduct(int productId, String code, String name, int familyId, double listPrice) {
    public ScenarioProduct {
        if (productId <= 0) throw new IllegalArgumentException("scenario product id must be positive: " + productId);
        Objects.requireNonNull(code, "scenario product code");
        Objects.requireNonNull(name, "scenario product name");
        if (familyId < 1 || familyId > 7) {
            throw new IllegalArgumentException(
                    "scenario product " + productId + ": familyId must be 1..7: " + familyId);
        }
    }
}
