package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report run did, accounting for every sale read: each one is skipped, matched or unmatched.
 *
 * @param quantitiesIgnored quantities outside 1..9999 that were read as 1
 * @param topUnmatchedWords the most frequent words of headings that matched nothing, most frequent first
 * @param unmatchedExamples a few headings that matched nothing, as they were written
 * @param diagnosis null unless the report is empty or thin
 */
public record ReportSummary(
        long salesRead,
        long skippedWithoutCustomer,
        long skippedEmptyHeading,
        long matchedByQuoteLine,
        long matchedByUdf,
        long matchedByHeading,
        long unmatched,
        long rowsWritten,
        long quantitiesIgnored,
        List<WordCount> topUnmatchedWords,
        List<String> unmatchedExamples,
        SaleSourceReport source,
        ReportDiagnosis diagnosis) {

    public ReportSummary {
        topUnmatchedWords = List.copyOf(topUnmatchedWords);
        unmatchedExamples = List.copyOf(unmatchedExamples);
        Objects.requireNonNull(source, "source");
    }

    /** A summary of a run that needed no diagnosis. */
    public ReportSummary(
            long salesRead,
            long skippedWithoutCustomer,
            long skippedEmptyHeading,
            long matchedByQuoteLine,
            long matchedByUdf,
            long matchedByHeading,
            long unmatched,
            long rowsWritten,
            long quantitiesIgnored,
            List<WordCount> topUnmatchedWords,
            List<String> unmatchedExamples,
            SaleSourceReport source) {
        this(
                salesRead,
                skippedWithoutCustomer,
                skippedEmptyHeading,
                matchedByQuoteLine,
                matchedByUdf,
                matchedByHeading,
                unmatched,
                rowsWritten,
                quantitiesIgnored,
                topUnmatchedWords,
                unmatchedExamples,
                source,
                null);
    }

    /** This summary with the explanation of an empty or thin report. */
    public ReportSummary withDiagnosis(ReportDiagnosis explanation) {
        return new ReportSummary(
                salesRead,
                skippedWithoutCustomer,
                skippedEmptyHeading,
                matchedByQuoteLine,
                matchedByUdf,
                matchedByHeading,
                unmatched,
                rowsWritten,
                quantitiesIgnored,
                topUnmatchedWords,
                unmatchedExamples,
                source,
                explanation);
    }

    /** Present when the report is empty or thin: why, and what to do. */
    public Optional<ReportDiagnosis> diagnosisIfAny() {
        return Optional.ofNullable(diagnosis);
    }

    /** Sales that have a customer: the ones the report is about. */
    public long withCustomer() {
        return salesRead - skippedWithoutCustomer;
    }

    public long matched() {
        return matchedByQuoteLine + matchedByUdf + matchedByHeading;
    }

    /** Sales that reached the matcher: read and neither skipped for a missing customer nor an empty heading. */
    public long considered() {
        return salesRead - skippedWithoutCustomer - skippedEmptyHeading;
    }

    /** A word and how many unmatched headings it appears in. */
    public record WordCount(String word, long count) {}
}
