package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.util.List;
import java.util.Objects;

/**
 * @param salesRead every sale the source handed over
 * @param unmatchedHeadings headings of sales with a customer that the catalogue matched nothing in
 * @param covered keywords left out because an existing alias covers them, most frequent first
 * @param countsAreLowerBounds the tally of candidates was pruned to stay within its memory bound, so a
 *     count may miss headings seen before its keyword became frequent
 * @param catalog the catalogue the headings were matched against, to write the proposals beside
 */
public record KeywordSuggestions(
        List<KeywordProposal> proposals,
        List<CoveredKeyword> covered,
        long salesRead,
        long unmatchedHeadings,
        boolean countsAreLowerBounds,
        SaleSourceReport source,
        ProductCatalog catalog) {
    public KeywordSuggestions {
        proposals = List.copyOf(proposals);
        covered = List.copyOf(covered);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(catalog, "catalog");
    }
}
