package com.roboplanet.soconnector.domain.port.in;

import java.util.List;

/**
 * Why a report came out empty or thin: the stage of the pipeline that lost the sales, and the evidence a
 * person needs to fix it.
 *
 * @param headline one sentence naming the stage and how many sales it lost
 * @param evidence what was seen, one line each: the query, shares, example headings, catalogue fixes
 */
public record ReportDiagnosis(Stage stage, String headline, List<String> evidence) {

    /** The pipeline stages, in the order sales pass through them. */
    public enum Stage {
        /** The source returned no sales at all. */
        QUERY,
        /** The sales came back, but (nearly) all without a customer. */
        CUSTOMER,
        /** The heading came back missing or empty: the source and the tenant disagree on the columns. */
        SCHEMA,
        /** Headings name a catalogue keyword but glued to other letters or digits, so the boundary rule refused it. */
        KEYWORD_SPELLING,
        /** The headings name products the catalogue does not know. */
        KEYWORDS_MISSING
    }

    public ReportDiagnosis {
        evidence = List.copyOf(evidence);
    }
}
