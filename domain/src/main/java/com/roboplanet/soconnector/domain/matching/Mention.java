package com.roboplanet.soconnector.domain.matching;

import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import java.util.Objects;

/**
 * A product recognised in a heading. Several mentions of one product in one heading are added up into
 * one mention.
 *
 * @param quantity at least 1; the sum over the product's mentions, so it may exceed the per-mention 9999
 * @param quantitySource how the quantity was read ({@link QuantitySource#MARKER}, {@link
 *     QuantitySource#BARE_NUMBER} or {@link QuantitySource#DEFAULT}); for a sum, the weakest reading in it
 * @param matchedText the text of the heading that was recognised, as written (mentions joined with " | "), at most
 *     {@value #MAX_MATCHED_TEXT} characters (a longer one is cut and ends in an ellipsis)
 */
public record Mention(Product product, int quantity, QuantitySource quantitySource, String matchedText) {
    public Mention {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(quantitySource, "quantitySource");
        Objects.requireNonNull(matchedText, "matchedText");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
    }

    private static final String JOINER = " | ";

    /** The longest {@link #matchedText} kept, in characters; a longer one ends in {@value #ELLIPSIS}. */
    public static final int MAX_MATCHED_TEXT = 200;

    static final String ELLIPSIS = "…";

    /**
     * The text cut to {@value #MAX_MATCHED_TEXT} characters with an ellipsis (never inside a surrogate pair), so that
     * one odd cell (a whole document pasted into a heading) does not bloat every report row.
     */
    static String capped(String text) {
        if (text.length() <= MAX_MATCHED_TEXT) {
            return text;
        }
        int end = MAX_MATCHED_TEXT - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /** This mention and a later one of the same product, added up. */
    Mention plus(Mention later) {
        if (later.product != product) {
            throw new IllegalArgumentException(
                    "cannot add a mention of " + later.product.code() + " to one of " + product.code());
        }
        long sum = (long) quantity + later.quantity;
        return new Mention(
                product,
                (int) Math.min(sum, Integer.MAX_VALUE),
                quantitySource.weakerOf(later.quantitySource),
                capped(matchedText + JOINER + later.matchedText));
    }
}
