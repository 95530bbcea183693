package com.roboplanet.soconnector.domain.model;

import java.util.Locale;

/**
 * How the quantity of a report row was read, so that a reader can tell a written count from a guess. The
 * report writes {@link #label()} (column {@code QuantitySource}, JSONL field {@code quantitySource}).
 */
public enum QuantitySource {
    /** A number with a count marker in the heading: {@code 2x}, {@code x2}, {@code 2 Stk.}, {@code Menge: 4}. */
    MARKER,
    /**
     * A number without a marker right before the product ({@code 12 BellaBot}): usually a count, sometimes a
     * project or order number; the summary lists the large ones.
     */
    BARE_NUMBER,
    /** Nothing written (or only a number that is not a count, such as a year): one. */
    DEFAULT,
    /** The quantity of the sale's quote line. */
    QUOTE_LINE,
    /** A product code in a user-defined field, which carries no quantity: one. */
    UDF;

    /** The label the report writes: {@code marker}, {@code bare-number}, {@code default}, {@code quote-line}, {@code udf}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The source of a quantity added up from two readings of one product: the one a reader should check
     * first ({@link #BARE_NUMBER} before {@link #MARKER}, both before the rest), so that a sum never hides a guess.
     */
    public QuantitySource weakerOf(QuantitySource other) {
        return rank(other) > rank(this) ? other : this;
    }

    private static int rank(QuantitySource source) {
        return switch (source) {
            case BARE_NUMBER -> 3;
            case MARKER -> 2;
            case QUOTE_LINE, UDF -> 1;
            case DEFAULT -> 0;
        };
    }
}
