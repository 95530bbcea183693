package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeApiException.Failure;
import com.roboplanet.soconnector.domain.model.QuoteLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A sale's quote lines. Only one alternative counts: alternatives are options the customer chooses between, so adding
 * them up would count products twice. It is the accepted alternative when there is one, else the quote's favourite,
 * else the active version's first.
 *
 * <p>The lines come from the quote line archive ({@code ConfigurableArchiveQuoteLine}, read page by page beside the
 * sale pages by {@link QuoteLineStream}), which shows each line's alternative but not which alternative counts. So
 * (ADR 0016): lines of one alternative are the sale's lines; lines of several alternatives ask the Quote agent which
 * one counts ({@code GetQuoteFromSaleId}, one call) and keep that one's; a line with neither code nor product key
 * (whose product family the archive shows by name, not by key) reads the sale through the Quote agent as before
 * ({@link #of}: {@code GetQuoteFromSaleId}, then {@code GetQuoteLines}).
 */
final class QuoteLines {
    /** The route prefix of every Quote agent call made here. */
    static final String ROUTE = "POST v1/Agents/Quote/";

    static final String SALE_ID = "alternative/version/quote/sale/saleId";
    static final String LINE_ID = "quoteLineId";
    static final String ALTERNATIVE_ID = "quoteAlternativeId";
    /** Quote lines newest sale first, like the sales, so that one read follows the sale pages (ADR 0016). */
    static final KeysetPager.Key ARCHIVE_KEY = KeysetPager.Key.descending(SALE_ID, LINE_ID);

    static final List<String> ARCHIVE_COLUMNS = List.of(
            SALE_ID, LINE_ID, ALTERNATIVE_ID, "rank", "code", "erpProductKey", "name", "productFamilyKey", "quantity");

    /** One row of the quote line archive, as the connector reads it. */
    record ArchiveLine(
            long saleId,
            long quoteLineId,
            long alternativeId,
            long rank,
            String code,
            String erpProductKey,
            String name,
            String family,
            BigDecimal quantity) {

        static ArchiveLine of(JsonNode row, String route) {
            long[] key = ARCHIVE_KEY.of(row, route);
            return new ArchiveLine(
                    key[0],
                    key[1],
                    whole(row, ALTERNATIVE_ID, route),
                    whole(row, "rank", route),
                    row.path("code").asText(""),
                    row.path("erpProductKey").asText(""),
                    row.path("name").asText(""),
                    row.path("productFamilyKey").asText(""),
                    QuoteLines.quantity(row.get("quantity")));
        }

        /** A line the domain can match without its family: it has a code or a product key. */
        boolean identified() {
            return !code.isBlank() || !erpProductKey.isBlank();
        }

        QuoteLine toQuoteLine() {
            return new QuoteLine(code.isBlank() ? erpProductKey : code, name, family, quantity);
        }

        private static long whole(JsonNode row, String column, String route) {
            JsonNode value = row.get(column);
            if (value != null && value.canConvertToLong()) return value.asLong();
            try {
                return Long.parseLong(value == null ? "" : value.asText().strip());
            } catch (NumberFormatException e) {
                throw SuperOfficeApiException.of(
                        Failure.BAD_RESPONSE,
                        route,
                        "SuperOffice answered " + route + ": a quote line has no usable " + column + " (" + value + ")",
                        null);
            }
        }
    }

    private final SuperOfficeApi api;

    QuoteLines(SuperOfficeApi api) {
        this.api = api;
    }

    /**
     * The lines of the alternative that counts, from the archive rows of one sale (every version and alternative), in
     * the Quote agent's order (by rank). Rows of one alternative need no call; rows of several need one.
     */
    List<QuoteLine> decide(long saleId, List<ArchiveLine> rows) {
        if (rows.isEmpty()) return List.of();
        if (!rows.stream().allMatch(ArchiveLine::identified)) {
            return of(saleId);
        }
        long first = rows.get(0).alternativeId();
        long counted = rows.stream().allMatch(r -> r.alternativeId() == first)
                ? first
                : alternativeId(api.quoteFromSaleId(saleId));
        return rows.stream()
                .filter(r -> r.alternativeId() == counted)
                .sorted(Comparator.comparingLong(ArchiveLine::rank).thenComparingLong(ArchiveLine::quoteLineId))
                .map(ArchiveLine::toQuoteLine)
                .toList();
    }

    /** Whether deciding the lines of these rows asks the Quote agent. */
    static boolean needsAgent(List<ArchiveLine> rows) {
        return !rows.isEmpty()
                && (!rows.stream().allMatch(ArchiveLine::identified)
                        || rows.stream()
                                .anyMatch(r -> r.alternativeId() != rows.get(0).alternativeId()));
    }

    /** The sale's lines read through the Quote agent alone: two calls in the usual case. */
    List<QuoteLine> of(long saleId) {
        long alternativeId = alternativeId(api.quoteFromSaleId(saleId));
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

    /**
     * The accepted alternative, else the favourite, else the active version's first: from the Quote carrier's
     * {@code ActiveQuoteVersion} when it lists its alternatives, else from {@code GetQuoteAlternatives} (one call).
     */
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
        JsonNode active = quote.path("ActiveQuoteVersion");
        if (active.path("QuoteVersionId").asLong(0) == version
                && active.path("QuoteAlternatives").isArray()
                && !active.path("QuoteAlternatives").isEmpty()) {
            return firstId(active.path("QuoteAlternatives"));
        }
        return firstId(api.quoteAlternatives(version));
    }

    private static long firstId(JsonNode alternatives) {
        for (JsonNode alternative : alternatives) {
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
