package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.SendReceipt;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a batch did so far: every row handled, in order.
 *
 * @param batchFile the recipient list
 * @param resultsFile where the rows were written; null for a dry run, which writes nothing
 * @param earlier the open work earlier runs left in the journal besides this batch's rows (see {@link
 *     SendOneMailResult#earlier()}); the run exits 7 while it is not empty
 */
public record BatchSummary(Path batchFile, Path resultsFile, List<BatchRowResult> rows, List<SendReceipt> earlier) {
    public BatchSummary {
        Objects.requireNonNull(batchFile, "batchFile");
        rows = List.copyOf(rows);
        earlier = List.copyOf(earlier);
    }

    public Optional<Path> resultsFileIfWritten() {
        return Optional.ofNullable(resultsFile);
    }

    /** Rows per status ({@link BatchRowResult#status()}), in the order the statuses first appeared. */
    public Map<String, Integer> countsByStatus() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        return counts;
    }
}
