package com.roboplanet.soconnector.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainTest {

    private final ProductMatcher matcher = ProductMatcher.of(ProductCatalog.of(List.of(
            new Product("OMNIE", "Omnie", List.of("Omnie", "CD-01")),
            new Product("BELLA", "BellaBot", List.of("BellaBot")),
            new Product("BELLA-PRO", "BellaBot Pro", List.of("BellaBot Pro")))));

    @Test
    void explain_whenAliasGluedToLetters_reportsBoundaryAndCatalogueFix() {
        MatchExplanation explanation = matcher.explain("Zwei Omnien");

        assertThat(explanation.skeleton()).isEqualTo("zweiomnien");
        assertThat(explanation.candidates())
                .extracting(Candidate::text, Candidate::verdict, Candidate::offendingCodePoint)
                .containsExactly(tuple("Omnie", Verdict.BOUNDARY_AFTER, (int) 'n'));
        assertThat(explanation.candidates().get(0).catalogueFixes()).containsExactly("Omnien", "Omnie*");
        assertThat(explanation.failedOnlyOnBoundary()).isTrue();
        assertThat(explanation.candidates().get(0).describe())
                .isEqualTo("\"Omnie\" at 5..10: alias Omnie of OMNIE, not counted: 'n' comes directly after it;"
                        + " to count it, add alias Omnien or Omnie*");
    }

    @Test
    void explain_whenLetterBefore_reportsBoundaryBefore() {
        Candidate candidate = matcher.explain("XOmnie").candidates().get(0);

        assertThat(candidate.verdict()).isEqualTo(Verdict.BOUNDARY_BEFORE);
        assertThat(candidate.offendingCodePoint()).isEqualTo('X');
        assertThat(candidate.catalogueFixes()).containsExactly("XOmnie");
    }

    @Test
    void explain_whenShorterAliasInsideLonger_reportsOverlapWithHolder() {
        MatchExplanation explanation = matcher.explain("BellaBot Pro");

        assertThat(explanation.candidates())
                .extracting(Candidate::alias, Candidate::verdict, Candidate::related)
                .containsExactly(tuple("BellaBot Pro", Verdict.ACCEPTED, -1), tuple("BellaBot", Verdict.OVERLAPPED, 0));
        assertThat(explanation.failedOnlyOnBoundary()).isFalse();
    }

    @Test
    void explain_whenAliasesOfOneProductAdjacent_reportsMergeAndQuantity() {
        MatchExplanation explanation = matcher.explain("2xOmnie CD-01");

        assertThat(explanation.candidates())
                .extracting(Candidate::text, Candidate::verdict, Candidate::related)
                .containsExactly(tuple("Omnie", Verdict.ACCEPTED, -1), tuple("CD-01", Verdict.MERGED, 0));
        assertThat(explanation.candidates().get(0).quantity())
                .isEqualTo(new QuantityReading(2, "2x", false, QuantitySource.MARKER, "", ""));
        assertThat(explanation.result().mentions())
                .extracting(Mention::quantity)
                .containsExactly(2);
    }

    @Test
    void explain_whenQuantityOutOfRange_showsWhatWasWritten() {
        Candidate candidate = matcher.explain("Omnie x 20000").candidates().get(0);

        assertThat(candidate.quantity())
                .isEqualTo(new QuantityReading(1, "x 20000", true, QuantitySource.DEFAULT, "", ""));
        assertThat(candidate.describe()).contains("\"x 20000\" is outside 1..9999, ignored");
    }

    @Test
    void explain_whenNothingLikeAnAlias_listsNoCandidates() {
        MatchExplanation explanation = matcher.explain("Beratung vor Ort");

        assertThat(explanation.candidates()).isEmpty();
        assertThat(explanation.result()).isEqualTo(HeadingMatch.NONE);
        assertThat(explanation.failedOnlyOnBoundary()).isFalse();
    }

    @Test
    void failsOnlyOnBoundary_whenSomeAliasCounted_isFalse() {
        assertThat(matcher.failsOnlyOnBoundary("Omnien und Omnie")).isFalse();
        assertThat(matcher.failsOnlyOnBoundary("Omnien")).isTrue();
        assertThat(matcher.failsOnlyOnBoundary("CD-010")).isTrue();
        assertThat(matcher.failsOnlyOnBoundary("Beratung")).isFalse();
    }
}
