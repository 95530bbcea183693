package com.roboplanet.soconnector.domain.model;

import java.util.Objects;

/** A product found on a sale, with how many and the text it was recognised from. */
public record ProductMatch(Sale sale, Product product, int quantity, String matchedText, MatchSource source) {
    public ProductMatch {
        Objects.requireNonNull(sale, "sale");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(source, "source");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
        matchedText = Objects.requireNonNullElse(matchedText, "");
    }
}
