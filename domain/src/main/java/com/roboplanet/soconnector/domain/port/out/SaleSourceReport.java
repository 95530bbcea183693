package com.roboplanet.soconnector.domain.port.out;

import java.util.List;
import java.util.Objects;

/**
 * What a source did to produce the sales: shown in the summary so a user can tell an empty CRM from a
 * query that asked for the wrong thing.
 *
 * @param query the request or file as the source sent or read it (no secrets)
 * @param requests how many requests the source made (0 for files)
 * @param customerFilterApplied whether the "has a customer" filter was applied by the source, so that
 *     sales without a customer never reached the use case
 * @param notes anything the user should know: fallbacks taken, columns the source did not return
 * @param refusedSources parts of the source the CRM refused in a documented way (a missing licence or right), which
 *     the run went on without, so the report is incomplete: each entry names the part, the CRM's answer and what the
 *     report lacks. Empty when the report has everything the source could give.
 */
public record SaleSourceReport(
        String query, long requests, boolean customerFilterApplied, List<String> notes, List<String> refusedSources) {
    public SaleSourceReport {
        query = Objects.requireNonNullElse(query, "");
        notes = List.copyOf(Objects.requireNonNullElse(notes, List.of()));
        refusedSources = List.copyOf(Objects.requireNonNullElse(refusedSources, List.of()));
    }

    /** A report of a source that nothing was refused to. */
    public SaleSourceReport(String query, long requests, boolean customerFilterApplied, List<String> notes) {
        this(query, requests, customerFilterApplied, notes, List.of());
    }

    /** Whether a refused part of the source left the report without some of its rows. */
    public boolean incomplete() {
        return !refusedSources.isEmpty();
    }
}
