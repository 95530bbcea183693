package com.roboplanet.soconnector.domain.port.out;

import java.util.List;
import java.util.Objects;

/**
 * What a source did to produce the sales: shown in the summary so a user can tell an empty CRM from a
 * query that asked for the wrong thing.
 *
 * @param query the request or file as the source sent or read it (no secrets); for a file, also the format it was
 *     read as (encoding, delimiter, sheet) and the columns used
 * @param requests how many requests the source made (0 for files)
 * @param customerFilterApplied whether the "has a customer" filter was applied by the source, so that
 *     sales without a customer never reached the use case
 * @param notes anything the user should know: fallbacks taken (an encoding guessed), columns the source did not
 *     return
 * @param unreadable cells the source could not read and went on without (files only; a CRM answers typed values)
 */
public record SaleSourceReport(
        String query, long requests, boolean customerFilterApplied, List<String> notes, UnreadableCells unreadable) {
    public SaleSourceReport {
        query = Objects.requireNonNullElse(query, "");
        notes = List.copyOf(Objects.requireNonNullElse(notes, List.of()));
        unreadable = Objects.requireNonNullElse(unreadable, UnreadableCells.none());
    }

    /** A report of a source that read every value it was given. */
    public SaleSourceReport(String query, long requests, boolean customerFilterApplied, List<String> notes) {
        this(query, requests, customerFilterApplied, notes, UnreadableCells.none());
    }
}
