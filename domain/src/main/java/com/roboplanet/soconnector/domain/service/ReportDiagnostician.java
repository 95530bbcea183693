package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.port.in.ReportDiagnosis;
import com.roboplanet.soconnector.domain.port.in.ReportDiagnosis.Stage;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Names the stage that lost the sales of an empty or thin report, walking the pipeline in order: the
 * query, the customer filter, the columns, then the keywords. The first team's report came out empty with
 * no explanation; this is the explanation.
 */
final class ReportDiagnostician {
    /** Above this share of empty headings the column itself is suspect, not the sales. */
    private static final double EMPTY_HEADING_SHARE = 0.9;

    private ReportDiagnostician() {}

    /**
     * @param origin where the sales came from: a file's diagnosis points at the file and its columns, a CRM's at the
     *     query and the tenant
     * @param boundaryFailures headings that failed only because a keyword was glued to other letters or digits
     * @param boundaryFixes one line per example: the heading and the alias that would have matched it
     */
    static ReportDiagnosis diagnose(
            ReportSummary s, double thinShare, SaleOrigin origin, long boundaryFailures, List<String> boundaryFixes) {
        if (!thin(s, thinShare)) {
            return null;
        }
        boolean file = !origin.fromCrm();
        String from = file ? " --from " + shellWord(origin.file().toString()) : "";
        List<String> evidence = new ArrayList<>();
        evidence.add("query: " + s.source().query());
        s.source().notes().forEach(note -> evidence.add("source: " + note));
        if (s.salesRead() == 0) {
            evidence.add(
                    file
                            ? "the file has no row with a sale, or the filters (--since, --status, --limit) left none:"
                                    + " check that it is the export you mean and that it has rows under its header"
                            : "check the filters (--since, --status, --limit) and that SO_CONTEXT_IDENTIFIER names the"
                                    + " tenant you mean");
            return new ReportDiagnosis(Stage.QUERY, "The source returned no sales at all.", evidence);
        }
        evidence.add(share(s.skippedWithoutCustomer(), s.salesRead()) + " of the sales read have no customer");
        if (s.withCustomer() == 0) {
            evidence.add("sales without a customer are skipped by design (they cannot be attributed to anyone); "
                    + (file
                            ? "check the export's customer id column (customerId in the query above; --column"
                                    + " customerId=HEADER names another)"
                            : "link the sales to companies in SuperOffice"));
            return new ReportDiagnosis(
                    Stage.CUSTOMER,
                    "All " + s.salesRead() + " sales read have no customer, so none is reported.",
                    evidence);
        }
        if (s.skippedEmptyHeading() >= EMPTY_HEADING_SHARE * s.withCustomer()) {
            if (file) {
                evidence.add(share(s.skippedEmptyHeading(), s.withCustomer())
                        + " of the sales with a customer have an empty heading: the column read as the heading"
                        + " (heading in the query above) is probably not the one that holds them; --column"
                        + " heading=HEADER names another");
                evidence.add("compare with: so-connector report" + from + " --explain SALE_ID (the row under its"
                        + " headers)");
            } else {
                evidence.add(share(s.skippedEmptyHeading(), s.withCustomer())
                        + " of the sales with a customer have an empty heading: the heading column is probably"
                        + " missing from the response or named differently (a schema mismatch), not empty in the CRM");
                evidence.add("compare with: so-connector inspect sales --limit 3");
            }
            return new ReportDiagnosis(
                    Stage.SCHEMA,
                    "The heading came back empty for " + s.skippedEmptyHeading() + " of " + s.withCustomer()
                            + " sales with a customer.",
                    evidence);
        }
        long missing = s.unmatched() - boundaryFailures;
        evidence.add(share(s.matched(), s.withCustomer()) + " of the sales with a customer matched a product");
        if (!s.unmatchedExamples().isEmpty()) {
            evidence.add("headings that matched nothing: "
                    + s.unmatchedExamples().stream().map(h -> "\"" + h + "\"").collect(Collectors.joining(", ")));
        }
        if (boundaryFailures > 0) {
            boundaryFixes.forEach(fix -> evidence.add("catalogue fix: " + fix));
        }
        if (boundaryFailures > 0 && boundaryFailures >= missing) {
            return new ReportDiagnosis(
                    Stage.KEYWORD_SPELLING,
                    boundaryFailures + " headings name a catalogue keyword glued to other letters or digits, which"
                            + " the matcher refuses; the catalogue fixes below would count them.",
                    evidence);
        }
        if (!s.topUnmatchedWords().isEmpty()) {
            evidence.add("most frequent words in unmatched headings: "
                    + s.topUnmatchedWords().stream()
                            .map(w -> w.word() + " (" + w.count() + ")")
                            .collect(Collectors.joining(", ")));
        }
        evidence.add("to extend the catalogue: so-connector suggest-keywords" + from + "; to see one sale step by step:"
                + " so-connector report" + from + " --explain SALE_ID");
        return new ReportDiagnosis(
                Stage.KEYWORDS_MISSING,
                s.unmatched() + " of " + s.withCustomer() + " sales with a customer name no product of the"
                        + " catalogue: the keywords are missing.",
                evidence);
    }

    /** The path as a shell takes it back: quoted when it holds anything but letters, digits and {@code ./_-:}. */
    private static String shellWord(String text) {
        return text.matches("[A-Za-z0-9._/:\\\\-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }

    private static boolean thin(ReportSummary s, double thinShare) {
        return s.matched() == 0 || s.withCustomer() == 0 || (double) s.matched() / s.withCustomer() < thinShare;
    }

    private static String share(long part, long whole) {
        return String.format(Locale.ROOT, "%d of %d (%.0f%%)", part, whole, whole == 0 ? 0.0 : 100.0 * part / whole);
    }
}
