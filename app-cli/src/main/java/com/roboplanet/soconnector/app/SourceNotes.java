package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.domain.port.out.UnreadableCells;
import java.io.PrintWriter;

/**
 * What a sale source wants the user to know after a run, printed the same way by every command that reads sales:
 * its notes (an encoding guessed, a page cap adopted, duplicates dropped) and the cells of an export it could not
 * read, with the first few by line.
 */
public final class SourceNotes {
    private SourceNotes() {}

    public static void print(SaleSourceReport source, PrintWriter err) {
        source.notes().forEach(note -> err.println("Note: " + note));
        source.check().notes().forEach(note -> err.println("Note: " + note));
        UnreadableCells u = source.unreadable();
        if (u.any()) {
            err.printf(
                    "Unreadable cells: %d left empty, %d rows skipped%s%n",
                    u.cellsLeftEmpty(),
                    u.rowsSkipped(),
                    u.cellsLeftEmpty() + u.rowsSkipped() > u.examples().size() ? "; the first:" : ":");
            u.examples().forEach(example -> err.println("  " + example));
        }
    }
}
