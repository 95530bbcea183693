package com.roboplanet.soconnector.domain.port.out;

import java.util.List;
import java.util.Objects;

/**
 * Cells of an export that a source could not read and went on without: a value the report does not need is left
 * empty for its row, a row whose sale id cannot be read is skipped. Kept so the summary can say how many and where,
 * instead of one odd cell stopping a run of thousands.
 *
 * @param cellsLeftEmpty cells read as empty because their value could not be read (an amount {@code 12 Euro}, a
 *     date {@code 1/8/2025} that could be January or August)
 * @param rowsSkipped rows left out because a value every sale needs (the sale id) could not be read
 * @param examples the first few rows skipped (each a sale lost), then the first few cells left empty, each kind in
 *     file order and at most {@link #EXAMPLES_KEPT} of each, so that a lost sale is always named; each one line such
 *     as {@code line 7: Amount '12 Euro' is not an amount (left empty)}
 */
public record UnreadableCells(long cellsLeftEmpty, long rowsSkipped, List<String> examples) {
    /** How many examples of each kind a source keeps: enough to find the pattern, few enough for a summary. */
    public static final int EXAMPLES_KEPT = 5;

    public UnreadableCells {
        if (cellsLeftEmpty < 0 || rowsSkipped < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        examples = List.copyOf(Objects.requireNonNullElse(examples, List.of()));
    }

    /** Every cell was read. */
    public static UnreadableCells none() {
        return new UnreadableCells(0, 0, List.of());
    }

    /** Whether a cell was left empty or a row skipped. */
    public boolean any() {
        return cellsLeftEmpty > 0 || rowsSkipped > 0;
    }
}
