package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import java.util.List;
import java.util.Objects;

/**
 * Every step the report takes with one sale, in the report's order of precedence (quote lines, then user-defined
 * fields, then the heading), for a person; and the rows the report writes for it.
 *
 * @param record the sale and the record it was read from
 * @param catalogProducts how many products the catalogue has
 * @param catalogAliases how many aliases they have together
 * @param quoteLines what the quote lines gave
 * @param userDefinedFields what the user-defined fields gave
 * @param headingShown the heading as written, its invisible characters (zero-width space, soft hyphen, word joiner,
 *     ...) shown as {@code \}{@code uXXXX}, so that a heading that looks right but does not match shows why
 * @param skeleton the heading folded, lower-cased and without separators, as the matcher sees it; empty for an empty
 *     heading, which is not matched
 * @param candidates every alias occurrence in the skeleton and what the matcher made of it, one line each, leftmost
 *     first (invisible characters shown as in {@code headingShown})
 * @param result the products the matcher counts in the heading
 * @param headingReportedElsewhere the heading's products that have no row of their own because a quote line or field
 *     names them, one line each saying which row they are reported in and why ({@code "CC1" (CC1 x3) is reported in
 *     user-defined field "CH-CC1-01", whose code or name names CC1: ...})
 * @param rows the rows {@code report} writes for this sale, from the same code path as the report: most structured
 *     source first, a product once; empty when the report skips the sale (no customer) or, without
 *     {@code includeUnmatched}, finds nothing
 * @param summary the summary of a report over this one sale, which formats with room for it (JSON Lines) write
 *     after the rows
 */
public record SaleExplanation(
        SaleRecord record,
        int catalogProducts,
        int catalogAliases,
        StructuredStage quoteLines,
        StructuredStage userDefinedFields,
        String headingShown,
        String skeleton,
        List<String> candidates,
        List<RecognisedProduct> result,
        List<String> headingReportedElsewhere,
        List<ReportRow> rows,
        ReportSummary summary) {
    public SaleExplanation {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(quoteLines, "quoteLines");
        Objects.requireNonNull(userDefinedFields, "userDefinedFields");
        Objects.requireNonNull(headingShown, "headingShown");
        Objects.requireNonNull(skeleton, "skeleton");
        candidates = List.copyOf(candidates);
        result = List.copyOf(result);
        headingReportedElsewhere = List.copyOf(headingReportedElsewhere);
        rows = List.copyOf(rows);
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * A structured place of a sale that the report looks at before the heading: the quote lines, or the user-defined
     * fields.
     *
     * @param status whether the place was read for this sale, and if not, why
     * @param values what the place holds, one line each as read: a quote line {@code code "name" x quantity}, a field
     *     {@code name = value}; empty unless {@link Status#READ}
     * @param products the products the report takes from it, before the heading's counts are applied (the rows say
     *     the final quantities)
     * @param placements for each quote line or product code, the catalogue product it was placed with and by which
     *     rule (ADR 0002, "Structured sources"), one line each: {@code quote line "CH-CC1-01 Ladestation CC1": CHARGER,
     *     its name starts with alias Ladestation* of CHARGER}
     */
    public record StructuredStage(
            Status status, List<String> values, List<RecognisedProduct> products, List<String> placements) {
        /** Why a place gave what it gave. */
        public enum Status {
            /** The source has no such place: an export file has no quote lines and no user-defined fields. */
            NOT_IN_SOURCE,
            /** The run does not read it: quote lines turned off, or no product-code pattern for fields. */
            NOT_READ,
            /** Read, but the sale has none: no quote, or no user-defined field with a value. */
            EMPTY,
            /** Read: {@link #values} and {@link #products} say what it gave. */
            READ
        }

        public StructuredStage {
            Objects.requireNonNull(status, "status");
            values = List.copyOf(values);
            products = List.copyOf(products);
            placements = List.copyOf(placements);
        }

        public static StructuredStage of(Status status) {
            return new StructuredStage(status, List.of(), List.of(), List.of());
        }
    }
}
