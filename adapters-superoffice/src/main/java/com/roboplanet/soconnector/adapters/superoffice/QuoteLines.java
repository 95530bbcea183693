package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.domain.model.QuoteLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a sale's quote lines through the Quote agent. Only one alternative counts: alternatives are
 * options the customer chooses between, so adding them up would count products twice. It is the
 * accepted alternative when there is one, else the quote's favourite, else the active version's first.
 * That is two agent calls per quoted sale in the usual case.
 */
final class QuoteLines {
    /** The route prefix of every call made here. */
    static final String ROUTE = "POST v1/Agents/Quote/";

    private final SuperOfficeApi api;

    QuoteLines(SuperOfficeApi api) {
        this.api = api;
    }

    List<QuoteLine> of(long saleId) {
        JsonNode quote = api.quoteFromSaleId(saleId);
        long alternativeId = alternativeId(quote);
        if (alternativeId <= 0) {
            return List.of();
        }
        List<QuoteLine> lines = new ArrayList<>();
        for (JsonNode line : api.quoteLines(alternativeId)) {
            String code = line.path("Code").asText("");
            lines.add(new QuoteLine(
                    code.isBlank() ? line.path("ERPProductKey").asText("") : code,
                    line.path("Name").asText(""),
                    line.path("ProductFamilyKey").asText(""),
                    quantity(line.get("Quantity"))));
        }
        return lines;
    }

    private long alternativeId(JsonNode quote) {
        if (quote.path("QuoteId").asLong(0) <= 0) {
            return 0;
        }
        long accepted = quote.path("AcceptedQuoteAlternativeId").asLong(0);
        if (accepted > 0) {
            return accepted;
        }
        long favourite = quote.path("FavoriteQuoteAlternative")
                .path("QuoteAlternativeId")
                .asLong(0);
        if (favourite > 0) {
            return favourite;
        }
        long version = quote.path("ActiveQuoteVersionId").asLong(0);
        if (version <= 0) {
            return 0;
        }
        for (JsonNode alternative : api.quoteAlternatives(version)) {
            long id = alternative.path("QuoteAlternativeId").asLong(0);
            if (id > 0) {
                return id;
            }
        }
        return 0;
    }

    /** Null (the domain reads it as one) when the line carries no usable quantity. */
    private static BigDecimal quantity(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue().signum() > 0 ? value.decimalValue() : null;
        }
        try {
            BigDecimal parsed = new BigDecimal(value.asText().strip());
            return parsed.signum() > 0 ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
