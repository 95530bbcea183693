package com.roboplanet.soconnector.domain.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a source did to produce the sales: shown in the summary so a user can tell an empty CRM from a
 * query that asked for the wrong thing, and a complete read from one that was cut short.
 *
 * @param query the request or file as the source sent or read it (no secrets); for a file, also the format it was
 *     read as (encoding, delimiter, sheet) and the columns used
 * @param requests how many requests the source made (0 for files)
 * @param customerFilterApplied whether the "has a customer" filter was applied by the source, so that
 *     sales without a customer never reached the use case
 * @param notes anything the user should know: fallbacks taken (an encoding guessed), columns the source did not
 *     return
 * @param unreadable cells the source could not read and went on without (files only; a CRM answers typed values)
 * @param check how sure the source is that it handed over every sale the query matched, each once
 * @param refusedSources parts of the source the CRM refused in a documented way (a missing licence or right), which
 *     the run went on without, so the report is incomplete: each entry names the part, the CRM's answer and what the
 *     report lacks. Empty when the report has everything the source could give.
 * @param requestsByKind the {@code requests} by what they were for (a CRM's sale pages, quote-line pages, agent
 *     calls...), in the source's order, kinds without requests left out; empty for a file
 * @param limitedOfAtLeast when the query's limit stopped the read while the source had more: how many sales there are
 *     at least (the ones read and the ones the source showed beyond the limit); -1 when the read was not cut short
 */
public record SaleSourceReport(
        String query,
        long requests,
        boolean customerFilterApplied,
        List<String> notes,
        UnreadableCells unreadable,
        ReadCheck check,
        List<String> refusedSources,
        List<RequestCount> requestsByKind,
        long limitedOfAtLeast) {
    public SaleSourceReport {
        query = Objects.requireNonNullElse(query, "");
        notes = List.copyOf(Objects.requireNonNullElse(notes, List.of()));
        unreadable = Objects.requireNonNullElse(unreadable, UnreadableCells.none());
        check = Objects.requireNonNullElse(check, ReadCheck.UNCHECKED);
        refusedSources = List.copyOf(Objects.requireNonNullElse(refusedSources, List.of()));
        requestsByKind = List.copyOf(Objects.requireNonNullElse(requestsByKind, List.of()));
        if (limitedOfAtLeast < -1) {
            throw new IllegalArgumentException("limitedOfAtLeast is -1 or a count: " + limitedOfAtLeast);
        }
    }

    /** A report of a read that says nothing about its requests by kind and was not cut short by a limit. */
    public SaleSourceReport(
            String query,
            long requests,
            boolean customerFilterApplied,
            List<String> notes,
            UnreadableCells unreadable,
            ReadCheck check,
            List<String> refusedSources) {
        this(query, requests, customerFilterApplied, notes, unreadable, check, refusedSources, List.of(), -1);
    }

    /**
     * Requests of one kind.
     *
     * @param kind what they were for, as a summary names that many of them ({@code sale pages}, {@code sale page})
     */
    public record RequestCount(String kind, long requests) {
        public RequestCount {
            Objects.requireNonNull(kind, "kind");
            if (requests < 0) throw new IllegalArgumentException("requests must not be negative: " + requests);
        }
    }

    /** A report of a source that read every value it was given and cannot check its read. */
    public SaleSourceReport(String query, long requests, boolean customerFilterApplied, List<String> notes) {
        this(
                query,
                requests,
                customerFilterApplied,
                notes,
                UnreadableCells.none(),
                ReadCheck.UNCHECKED,
                List.of(),
                List.of(),
                -1);
    }

    /** A report of a file read once, in order: nothing to check but the cells it could not read. */
    public SaleSourceReport(
            String query,
            long requests,
            boolean customerFilterApplied,
            List<String> notes,
            UnreadableCells unreadable) {
        this(query, requests, customerFilterApplied, notes, unreadable, ReadCheck.UNCHECKED, List.of(), List.of(), -1);
    }

    /** A report of a paged source, whose values are typed: what it knows about the completeness of its read. */
    public SaleSourceReport(
            String query, long requests, boolean customerFilterApplied, List<String> notes, ReadCheck check) {
        this(query, requests, customerFilterApplied, notes, UnreadableCells.none(), check, List.of(), List.of(), -1);
    }

    /** Whether a refused part of the source left the report without some of its rows. */
    public boolean incomplete() {
        return !refusedSources.isEmpty();
    }

    /**
     * What a paged source knows about the completeness of its read.
     *
     * @param matched how many distinct sales the query matched at the source, known when the source read on until
     *     the source itself showed the end (an empty page); -1 when the read stopped before (a limit) or the source
     *     cannot tell
     * @param duplicatesDropped rows that came again for a sale already handed over and were dropped, so that no sale
     *     counts twice
     * @param rowsPerPageCap the most rows a page the source returned while more rows existed, when that was fewer
     *     than asked (a silent cap); 0 when every page had what was asked or the read ended
     * @param rowsPerPageAsked the rows a page asked for when the cap was found; 0 without a cap
     */
    public record ReadCheck(long matched, long duplicatesDropped, int rowsPerPageCap, int rowsPerPageAsked) {
        /** Nothing checked: no count, no duplicates seen, no cap seen. */
        public static final ReadCheck UNCHECKED = new ReadCheck(-1, 0, 0, 0);

        public ReadCheck {
            if (matched < -1 || duplicatesDropped < 0 || rowsPerPageCap < 0 || rowsPerPageAsked < 0) {
                throw new IllegalArgumentException("read check counts must not be negative: matched " + matched
                        + ", duplicates " + duplicatesDropped + ", cap " + rowsPerPageCap + " of "
                        + rowsPerPageAsked);
            }
            if ((rowsPerPageCap == 0) != (rowsPerPageAsked == 0) || rowsPerPageCap >= Math.max(1, rowsPerPageAsked)) {
                throw new IllegalArgumentException("a rows-per-page cap is fewer rows than asked: cap " + rowsPerPageCap
                        + " of " + rowsPerPageAsked);
            }
        }

        /** The number of sales the query matched, when the source read to a proven end. */
        public OptionalLong matchedIfKnown() {
            return matched < 0 ? OptionalLong.empty() : OptionalLong.of(matched);
        }

        /**
         * What a user should know about the read, one sentence each (for the summary's notes): a cap the source
         * adapted to, and rows dropped as duplicates. Empty when there is nothing to say.
         */
        public List<String> notes() {
            List<String> notes = new ArrayList<>(2);
            if (rowsPerPageCap > 0) {
                notes.add("the tenant returns at most " + rowsPerPageCap + " rows a page (" + rowsPerPageAsked
                        + " were asked); the connector asked for " + rowsPerPageCap
                        + " a page from then on and did not take a short page for the end");
            }
            if (duplicatesDropped > 0) {
                notes.add(duplicatesDropped + (duplicatesDropped == 1 ? " row" : " rows")
                        + " came again for a sale already read and " + (duplicatesDropped == 1 ? "was" : "were")
                        + " dropped; each sale is counted once");
            }
            return List.copyOf(notes);
        }
    }
}
