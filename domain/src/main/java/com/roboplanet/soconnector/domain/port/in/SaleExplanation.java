package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import java.util.List;
import java.util.Objects;

/**
 * Every step the report takes with one sale's heading, for a person.
 *
 * @param record the sale and the record it was read from
 * @param catalogProducts how many products the catalogue has
 * @param catalogAliases how many aliases they have together
 * @param skeleton the heading folded, lower-cased and without separators, as the matcher sees it; empty for an empty
 *     heading, which is not matched
 * @param candidates every alias occurrence in the skeleton and what the matcher made of it, one line each, leftmost
 *     first
 * @param result the products the report counts for the heading
 */
public record SaleExplanation(
        SaleRecord record,
        int catalogProducts,
        int catalogAliases,
        String skeleton,
        List<String> candidates,
        List<RecognisedProduct> result) {
    public SaleExplanation {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(skeleton, "skeleton");
        candidates = List.copyOf(candidates);
        result = List.copyOf(result);
    }
}
