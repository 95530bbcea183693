package com.roboplanet.soconnector.app.report;

import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.in.ReportSummary.WordCount;
import com.roboplanet.soconnector.domain.port.out.UnreadableCells;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** Prints what a report run did, so that every sale read is accounted for. */
final class SummaryPrinter {
    private SummaryPrinter() {}

    static void print(ReportSummary s, String destination, PrintWriter err) {
        err.printf("Report written to %s: %d rows.%n", destination, s.rowsWritten());
        err.printf("Source: %s%s%n", s.source().query(), requests(s.source().requests()));
        // Known only when the source read on to an empty page: then "read" is checked against it, not assumed.
        s.source().check().matchedIfKnown().ifPresent(matched -> line(err, "Sales matched by the query", matched));
        line(err, "Sales read", s.salesRead());
        line(err, "  skipped, no customer", s.skippedWithoutCustomer());
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
            line(err, "Quantities outside 1..9999, read as 1", s.quantitiesIgnored());
            s.quantitiesIgnoredListed()
                    .forEach(q -> err.println("  sale " + q.saleId() + ": " + q.productCode() + " \"" + q.written()
                            + "\" in \"" + q.heading() + "\""));
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
        s.source().notes().forEach(note -> err.println("Note: " + note));
        s.source().check().notes().forEach(note -> err.println("Note: " + note));
        unreadable(s.source().unreadable(), err);
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

    /** Cells the source went on without: how many, and the first few with their line. */
    private static void unreadable(UnreadableCells u, PrintWriter err) {
        if (u.any()) {
            err.printf(
                    "Unreadable cells: %d left empty, %d rows skipped%s%n",
                    u.cellsLeftEmpty(),
                    u.rowsSkipped(),
                    u.cellsLeftEmpty() + u.rowsSkipped() > u.examples().size() ? "; the first:" : ":");
            u.examples().forEach(example -> err.println("  " + example));
        }
    }

    private static void more(PrintWriter err, long total, int listed) {
        if (total > listed) {
            err.println("  ... and " + (total - listed) + " more");
        }
    }

    private static String word(WordCount w) {
        return w.word() + " (" + w.count() + ")";
    }

    private static String requests(long requests) {
        return requests == 0 ? "" : " (" + requests + (requests == 1 ? " request)" : " requests)");
    }

    private static void line(PrintWriter err, String label, long value) {
        err.printf("%-40s %8d%n", label + ":", value);
    }
}
