package com.roboplanet.soconnector.domain.port.in;

/** Reads sales and proposes catalogue entries from the headings the current catalogue does not match. */
public interface SuggestKeywordsUseCase {

    /** @throws com.roboplanet.soconnector.domain.port.out.SaleSourceException when the sales cannot be read */
    KeywordSuggestions suggest(SuggestKeywordsCommand command);
}
