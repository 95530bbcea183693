package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.domain.port.in.BatchRowResult;
import com.roboplanet.soconnector.domain.port.in.BatchSummary;
import com.roboplanet.soconnector.domain.port.out.BatchProgress;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A batch as it runs: one line per row on stdout ({@code row 2 to 381: HANDED_OFF via activity-handoff: ...}), the
 * counts per status on stderr at the end.
 */
final class ConsoleBatchProgress implements BatchProgress {
    private final Console console;

    @Inject
    ConsoleBatchProgress(Console console) {
        this.console = console;
    }

    @Override
    public void rowDone(BatchRowResult row) {
        console.out()
                .println("row " + row.row() + " to " + row.to() + ": " + row.status()
                        + (row.strategy().isEmpty() ? "" : " via " + row.strategy()) + ": " + row.detail());
        console.out().flush();
    }

    @Override
    public void batchDone(BatchSummary summary) {
        console.out().flush();
        console.err()
                .println("Batch " + summary.batchFile().getFileName() + ": " + counts(summary.countsByStatus())
                        + summary.resultsFileIfWritten()
                                .map(file -> "; results in " + file)
                                .orElse(" (dry run: nothing sent, nothing written)"));
    }

    /** {@code 3 rows: 2 SENT_AND_ARCHIVED, 1 FAILED} */
    private static String counts(Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "no rows";
        }
        return total
                + (total == 1 ? " row: " : " rows: ")
                + counts.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", "));
    }
}
