package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report run did, accounting for every sale read: each one is skipped, matched or unmatched.
 *
 * @param quantitiesIgnored quantities written but not read (outside 1..9999, {@code 2,5x}, {@code 2-3x}, {@code je
 *     2x}), counted as 1
 * @param quantitiesIgnoredListed the first {@value #CHECK_LISTED} of them, with their sale
 * @param rowsByQuantitySource rows written with a product, per way their quantity was read (sources without
 *     rows are absent)
 * @param quantitiesToCheck rows whose quantity was read from the heading and is above {@value #CHECK_ABOVE}: a
 *     number without a count marker ({@code 4711 BellaBot}), plausible as a count, but as likely a project or order
 *     number; or one with a marker ({@code BellaBot x 2025}), which is a count as written but rarely meant; at most
 *     {@value #CHECK_LISTED}, in report order
 * @param quantitiesToCheckTotal how many such rows there were, listed or not
 * @param topUnmatchedWords the most frequent words of headings that matched nothing, most frequent first
 * @param unmatchedExamples a few headings that matched nothing, as they were written
 * @param unknownCodes codes of quote lines and user-defined fields that the catalogue does not know and that were
 *     reported as the CRM has them, with how many sales carry each, most frequent first, at most {@value
 *     #CHECK_LISTED}: adding them as aliases (or {@code --catalog-from-crm}) makes them count with their product
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
        List<IgnoredQuantity> quantitiesIgnoredListed,
        Map<QuantitySource, Long> rowsByQuantitySource,
        List<QuantityCheck> quantitiesToCheck,
        long quantitiesToCheckTotal,
        List<WordCount> topUnmatchedWords,
        List<String> unmatchedExamples,
        List<CodeCount> unknownCodes,
        SaleSourceReport source,
        ReportDiagnosis diagnosis) {

    /** A bare-number quantity above this is listed for checking. */
    public static final int CHECK_ABOVE = 99;

    /** The most rows {@link #quantitiesToCheck} lists. */
    public static final int CHECK_LISTED = 20;

    public ReportSummary {
        EnumMap<QuantitySource, Long> bySource = new EnumMap<>(QuantitySource.class);
        rowsByQuantitySource.forEach((quantitySource, rows) -> {
            if (rows > 0) {
                bySource.put(quantitySource, rows);
            }
        });
        rowsByQuantitySource = Collections.unmodifiableMap(bySource);
        quantitiesIgnoredListed = List.copyOf(quantitiesIgnoredListed);
        quantitiesToCheck = List.copyOf(quantitiesToCheck);
        topUnmatchedWords = List.copyOf(topUnmatchedWords);
        unmatchedExamples = List.copyOf(unmatchedExamples);
        unknownCodes = List.copyOf(unknownCodes);
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
            List<IgnoredQuantity> quantitiesIgnoredListed,
            Map<QuantitySource, Long> rowsByQuantitySource,
            List<QuantityCheck> quantitiesToCheck,
            long quantitiesToCheckTotal,
            List<WordCount> topUnmatchedWords,
            List<String> unmatchedExamples,
            List<CodeCount> unknownCodes,
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
                quantitiesIgnoredListed,
                rowsByQuantitySource,
                quantitiesToCheck,
                quantitiesToCheckTotal,
                topUnmatchedWords,
                unmatchedExamples,
                unknownCodes,
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
                quantitiesIgnoredListed,
                rowsByQuantitySource,
                quantitiesToCheck,
                quantitiesToCheckTotal,
                topUnmatchedWords,
                unmatchedExamples,
                unknownCodes,
                source,
                explanation);
    }

    /** Present when the report is empty or thin: why, and what to do. */
    public Optional<ReportDiagnosis> diagnosisIfAny() {
        return Optional.ofNullable(diagnosis);
    }

    /** Rows written whose quantity was read the given way. */
    public long rowsWith(QuantitySource quantitySource) {
        return rowsByQuantitySource.getOrDefault(quantitySource, 0L);
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

    /** A code and how many sales carry it. */
    public record CodeCount(String code, long sales) {
        public CodeCount {
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * A row whose quantity, read from the heading, is large enough to be something else ({@code Projekt 4711} without
     * the label, {@code BellaBot x 2025}): the sale to look at.
     *
     * @param heading the sale's heading as written, which shows where the number stands
     * @param quantitySource {@link QuantitySource#BARE_NUMBER} or {@link QuantitySource#MARKER}
     */
    public record QuantityCheck(
            long saleId, String productCode, int quantity, String heading, QuantitySource quantitySource) {
        public QuantityCheck {
            Objects.requireNonNull(productCode, "productCode");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(quantitySource, "quantitySource");
        }
    }

    /**
     * A quantity written next to a product but not read, so counted as 1: the sale to look at.
     *
     * @param written the quantity as written ({@code 10000 x}, {@code 0 x}, {@code 2,5x}, {@code je 2x})
     * @param why what it is ({@code outside 1..9999}, {@code not a whole number}, {@code a range}, {@code written with
     *     a thousands separator}, {@code a count for each of several products})
     * @param heading the sale's heading as written
     */
    public record IgnoredQuantity(long saleId, String productCode, String written, String why, String heading) {
        public IgnoredQuantity {
            Objects.requireNonNull(productCode, "productCode");
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(heading, "heading");
        }
    }
}
