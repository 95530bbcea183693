package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.util.List;
import java.util.Objects;

/**
 * What a report run did, accounting for every sale read: each one is skipped, matched or unmatched.
 *
 * @param quantitiesIgnored quantities outside 1..9999 that were read as 1
 * @param topUnmatchedWords the most frequent words of headings that matched nothing, most frequent first
 * @param unmatchedExamples a few headings that matched nothing, as they were written
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
        SaleSourceReport source) {

    public ReportSummary {
        topUnmatchedWords = List.copyOf(topUnmatchedWords);
        unmatchedExamples = List.copyOf(unmatchedExamples);
        Objects.requireNonNull(source, "source");
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
