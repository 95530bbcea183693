package com.roboplanet.soconnector.domain.model;

import java.util.Objects;

/**
 * A product found on a sale, with how many, how that number was read, and the text it was recognised from.
 *
 * @param quantitySource how {@code quantity} was read (a count marker in the heading, the quote line, ...)
 */
public record ProductMatch(
        Sale sale,
        Product product,
        int quantity,
        QuantitySource quantitySource,
        String matchedText,
        MatchSource source) {
    public ProductMatch {
        Objects.requireNonNull(sale, "sale");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(quantitySource, "quantitySource");
        Objects.requireNonNull(source, "source");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
        matchedText = Objects.requireNonNullElse(matchedText, "");
    }

    /** This match with the quantity another reading gave it (rule 5: a heading's count for a structured product). */
    public ProductMatch withQuantity(int newQuantity, QuantitySource newSource) {
        return new ProductMatch(sale, product, newQuantity, newSource, matchedText, source);
    }
}
