package com.roboplanet.soconnector.domain.matching;

import java.util.List;
import java.util.Objects;

/**
 * Every step the matcher took on one heading, for {@code --explain} and for diagnosing thin reports.
 *
 * @param skeleton the heading as the automaton saw it (see {@link TextNormalizer#skeleton})
 * @param candidates every alias occurrence in the skeleton, leftmost first, longest first
 * @param result what {@link ProductMatcher#match} returns for the heading
 */
public record MatchExplanation(String heading, String skeleton, List<Candidate> candidates, HeadingMatch result) {
    public MatchExplanation {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(skeleton, "skeleton");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(result, "result");
    }

    /**
     * Nothing was counted, yet an alias is in the heading and was refused only because of what touches
     * it: the catalogue, not the heading, needs the fix.
     */
    public boolean failedOnlyOnBoundary() {
        return result.isEmpty() && candidates.stream().anyMatch(c -> c.verdict().boundaryRejected());
    }
}
