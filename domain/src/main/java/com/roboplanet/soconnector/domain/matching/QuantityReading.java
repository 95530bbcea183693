package com.roboplanet.soconnector.domain.matching;

import java.util.Objects;

/**
 * How many of a product a heading names next to one mention.
 *
 * @param quantity the quantity used: what was written, or 1 when nothing was or it was out of range
 * @param text the quantity as written ({@code "2x"}, {@code "x 3"}, {@code "2 Stk."}); empty when none
 * @param outOfRange a number was written in the quantity's place but outside {@value #MIN}..{@value #MAX}
 */
public record QuantityReading(int quantity, String text, boolean outOfRange) {
    public static final int MIN = 1;
    public static final int MAX = 9999;

    /** Nothing written: one. */
    public static final QuantityReading DEFAULT = new QuantityReading(1, "", false);

    public QuantityReading {
        text = Objects.requireNonNull(text, "text");
        if (quantity < MIN || quantity > MAX) {
            throw new IllegalArgumentException("quantity must be in " + MIN + ".." + MAX + ", was " + quantity);
        }
    }

    public boolean written() {
        return !text.isEmpty();
    }
}
