package com.roboplanet.soconnector.domain.port.in;

import java.util.Objects;

/**
 * A product the matcher recognised in a heading.
 *
 * @param quantity at least 1; several mentions of one product in one heading are added up
 * @param matchedText the text of the heading that was recognised, as written
 */
public record RecognisedProduct(String productCode, int quantity, String matchedText) {
    public RecognisedProduct {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(matchedText, "matchedText");
    }
}
