package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.port.out.UnreadableCells;
import java.util.ArrayList;
import java.util.List;

/** Counts the cells a reading went on without and keeps the first few, for {@link UnreadableCells}. */
final class UnreadableTally {
    private final List<String> examples = new ArrayList<>();
    private long cellsLeftEmpty;
    private long rowsSkipped;

    /** A cell read as empty; {@code reason} names the column and value. */
    void leftEmpty(String where, String reason) {
        cellsLeftEmpty++;
        keep(where + ": " + reason + " (left empty)");
    }

    /** A row left out; {@code reason} names what could not be read. */
    void skipped(String where, String reason) {
        rowsSkipped++;
        keep(where + ": " + reason + " (row skipped)");
    }

    private void keep(String example) {
        if (examples.size() < UnreadableCells.EXAMPLES_KEPT) {
            examples.add(example);
        }
    }

    UnreadableCells result() {
        return new UnreadableCells(cellsLeftEmpty, rowsSkipped, examples);
    }
}
