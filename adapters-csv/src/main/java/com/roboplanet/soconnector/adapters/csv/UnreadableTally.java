package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.port.out.UnreadableCells;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the cells a reading went on without and keeps the first few of each kind, for {@link UnreadableCells}: the
 * rows skipped apart from the cells left empty, so that a lost sale is always named, however many dates and amounts
 * failed before it.
 */
final class UnreadableTally {
    private final List<String> skippedExamples = new ArrayList<>();
    private final List<String> emptyExamples = new ArrayList<>();
    private long cellsLeftEmpty;
    private long rowsSkipped;

    /** A cell read as empty; {@code reason} names the column and value. */
    void leftEmpty(String where, String reason) {
        cellsLeftEmpty++;
        keep(emptyExamples, where + ": " + reason + " (left empty)");
    }

    /** A row left out; {@code reason} names what could not be read. */
    void skipped(String where, String reason) {
        rowsSkipped++;
        keep(skippedExamples, where + ": " + reason + " (row skipped)");
    }

    private static void keep(List<String> examples, String example) {
        if (examples.size() < UnreadableCells.EXAMPLES_KEPT) {
            examples.add(example);
        }
    }

    UnreadableCells result() {
        List<String> examples = new ArrayList<>(skippedExamples);
        examples.addAll(emptyExamples);
        return new UnreadableCells(cellsLeftEmpty, rowsSkipped, examples);
    }
}
