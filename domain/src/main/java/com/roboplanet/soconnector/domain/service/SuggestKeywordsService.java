package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.KeywordSuggestions;
import com.roboplanet.soconnector.domain.port.in.SuggestKeywordsCommand;
import com.roboplanet.soconnector.domain.port.in.SuggestKeywordsUseCase;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;

/**
 * Streams sales through the matcher and tallies keyword candidates from the headings of customer sales it
 * matches nothing in. Holds one sale at a time; the tally is bounded (see {@link ProposalTally}).
 */
public final class SuggestKeywordsService implements SuggestKeywordsUseCase {
    static final int DEFAULT_CAPACITY = 50_000;

    private final int capacity;

    public SuggestKeywordsService() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity the most distinct candidates tallied at once */
    SuggestKeywordsService(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public KeywordSuggestions suggest(SuggestKeywordsCommand command) {
        ProductMatcher matcher = ProductMatcher.of(command.catalog());
        KeywordCandidates candidates = new KeywordCandidates(command.catalog(), command.crmNames());
        ProposalTally tally = new ProposalTally(capacity);
        long[] counts = new long[2];
        SaleSourceReport source = command.source().read(command.query(), (Sale sale) -> {
            counts[0]++;
            if (sale.customer() != null
                    && !sale.heading().isBlank()
                    && matcher.match(sale.heading()).isEmpty()) {
                counts[1]++;
                candidates.addTo(tally, sale.heading());
            }
        });
        return new KeywordSuggestions(tally.top(command.top()), counts[0], counts[1], tally.pruned(), source);
    }
}
