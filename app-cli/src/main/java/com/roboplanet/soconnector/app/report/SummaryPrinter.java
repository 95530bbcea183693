package com.roboplanet.soconnector.app.report;

import com.roboplanet.soconnector.app.SourceNotes;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.in.ReportSummary.WordCount;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** Prints what a report run did, so that every sale read is accounted for. */
final class SummaryPrinter {
    private SummaryPrinter() {}

    static void print(ReportSummary s, String destination, PrintWriter err) {
        err.printf("Report written to %s: %d rows.%n", destination, s.rowsWritten());
        err.printf("Source: %s%s%n", s.source().query(), requests(s.source()));
        // Known only when the source read on to an empty page: then "read" is checked against it, not assumed.
        s.source().check().matchedIfKnown().ifPresent(matched -> line(err, "Sales matched by the query", matched));
        line(err, "Sales read", s.salesRead());
        if (s.source().limitedOfAtLeast() >= 0) {
            err.printf(
                    "  cut short by --limit: the latest %d of at least %d; --all reads every sale%n",
                    s.salesRead(), s.source().limitedOfAtLeast());
        }
        if (s.source().customerFilterApplied()) {
            // The server left them out and does not say how many in the same answer (ADR 0013): no count is shown,
            // rather than a 0 that reads as "there were none".
            err.println("  without customer: left out by SuperOffice's filter, not counted");
        } else {
            line(err, "  skipped, no customer", s.skippedWithoutCustomer());
        }
        line(err, "  skipped, empty heading", s.skippedEmptyHeading());
        if (s.matchedByQuoteLine() > 0) {
            line(err, "  matched by quote line", s.matchedByQuoteLine());
        }
        if (s.matchedByUdf() > 0) {
            line(err, "  matched by user-defined field", s.matchedByUdf());
        }
        line(err, "  matched by heading", s.matchedByHeading());
        line(err, "  unmatched", s.unmatched());
        line(err, "Rows written", s.rowsWritten());
        if (s.quantitiesIgnored() > 0) {
            line(err, "Quantities not read, counted as 1", s.quantitiesIgnored());
            s.quantitiesIgnoredListed()
                    .forEach(q -> err.println("  sale " + q.saleId() + ": " + q.productCode() + " \"" + q.written()
                            + "\" (" + q.why() + ") in \"" + q.heading() + "\""));
            more(err, s.quantitiesIgnored(), s.quantitiesIgnoredListed().size());
        }
        if (!s.rowsByQuantitySource().isEmpty()) {
            err.println("Quantities read from:");
            s.rowsByQuantitySource().forEach((source, rows) -> line(err, "  " + source.label(), rows));
        }
        if (s.quantitiesToCheckTotal() > 0) {
            err.println("Check these quantities (above " + ReportSummary.CHECK_ABOVE
                    + "; without a count marker maybe a project or order number, with one maybe a slip):");
            s.quantitiesToCheck()
                    .forEach(c -> err.println("  sale " + c.saleId() + ": " + c.productCode() + " x " + c.quantity()
                            + " from \"" + c.heading() + "\" ("
                            + (c.quantitySource() == QuantitySource.MARKER ? "count marker" : "no count marker")
                            + ")"));
            more(err, s.quantitiesToCheckTotal(), s.quantitiesToCheck().size());
        }
        if (!s.unknownCodes().isEmpty()) {
            err.println("Codes the catalogue does not know, reported as the CRM has them (add them as aliases, or use"
                    + " --catalog-from-crm): "
                    + s.unknownCodes().stream()
                            .map(c -> c.code() + " (" + c.sales() + (c.sales() == 1 ? " sale)" : " sales)"))
                            .collect(Collectors.joining(", ")));
        }
        if (!s.topUnmatchedWords().isEmpty()) {
            err.println("Most frequent words in unmatched headings: "
                    + s.topUnmatchedWords().stream().map(SummaryPrinter::word).collect(Collectors.joining(", ")));
        }
        SourceNotes.print(s.source(), err);
        s.source()
                .refusedSources()
                .forEach(refused -> err.println("Incomplete (exit 8): SuperOffice refused " + refused));
        s.diagnosisIfAny().ifPresent(d -> {
            err.println();
            err.println("Diagnosis ("
                    + d.stage().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): " + d.headline());
            d.evidence().forEach(line -> err.println("  - " + line));
        });
        err.flush();
    }

    private static void more(PrintWriter err, long total, int listed) {
        if (total > listed) {
            err.println("  ... and " + (total - listed) + " more");
        }
    }

    private static String word(WordCount w) {
        return w.word() + " (" + w.count() + ")";
    }

    /** "(643 requests: 135 sale pages, 117 quote-line pages, 390 Quote-agent calls, 1 token and discovery)". */
    private static String requests(SaleSourceReport source) {
        long requests = source.requests();
        if (requests == 0) return "";
        String total = requests + (requests == 1 ? " request" : " requests");
        if (source.requestsByKind().isEmpty()) return " (" + total + ")";
        return " (" + total + ": "
                + source.requestsByKind().stream()
                        .map(kind -> kind.requests() + " " + kind.kind())
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private static void line(PrintWriter err, String label, long value) {
        err.printf("%-40s %8d%n", label + ":", value);
    }
}
