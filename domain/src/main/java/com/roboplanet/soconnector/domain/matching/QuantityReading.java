package com.roboplanet.soconnector.domain.matching;

import com.roboplanet.soconnector.domain.model.QuantitySource;
import java.util.Objects;

/**
 * How many of a product a heading names next to one mention.
 *
 * @param quantity the quantity used: what was written, or 1 when nothing was or it was out of range
 * @param text the quantity as written in the original heading ({@code "2x"}, {@code "x 3"}, {@code "(2 Stk.)"});
 *     empty when none
 * @param outOfRange a number was written in the quantity's place but outside {@value #MIN}..{@value #MAX}
 * @param source {@link QuantitySource#MARKER}, {@link QuantitySource#BARE_NUMBER} or {@link
 *     QuantitySource#DEFAULT}
 * @param refused a number right before the mention that was not read as a count, as written ({@code "2025"});
 *     empty when none
 * @param refusedAs what that number is instead ({@code "a year"}, {@code "a number after 'KW'"}, {@code "a
 *     price"}); empty when none
 */
public record QuantityReading(
        int quantity, String text, boolean outOfRange, QuantitySource source, String refused, String refusedAs) {
    public static final int MIN = 1;
    public static final int MAX = 9999;

    /** Nothing written: one. */
    public static final QuantityReading DEFAULT = new QuantityReading(1, "", false, QuantitySource.DEFAULT, "", "");

    public QuantityReading {
        text = Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        refused = Objects.requireNonNull(refused, "refused");
        refusedAs = Objects.requireNonNull(refusedAs, "refusedAs");
        if (quantity < MIN || quantity > MAX) {
            throw new IllegalArgumentException("quantity must be in " + MIN + ".." + MAX + ", was " + quantity);
        }
    }

    public boolean written() {
        return !text.isEmpty();
    }
}
