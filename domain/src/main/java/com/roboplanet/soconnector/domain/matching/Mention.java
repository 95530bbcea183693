package com.roboplanet.soconnector.domain.matching;

import com.roboplanet.soconnector.domain.model.Product;
import java.util.Objects;

/**
 * A product recognised in a heading. Several mentions of one product in one heading are added up into
 * one mention.
 *
 * @param quantity at least 1; the sum over the product's mentions, so it may exceed the per-mention 9999
 * @param matchedText the text of the heading that was recognised, as written (mentions joined with " | ")
 */
public record Mention(Product product, int quantity, String matchedText) {
    public Mention {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(matchedText, "matchedText");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
    }
}
