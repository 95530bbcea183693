package com.roboplanet.soconnector.adapters.superoffice;

/** What a request is for, told apart by its route, for the summary's "requests by kind" and for progress. */
public enum RequestKind {
    /** {@code GET v1/Sale}: a page of the FindSale archive. */
    SALE_PAGE("sale page", "sale pages"),
    /** {@code GET v1/Archive/ConfigurableArchiveQuoteLine}: a page of quote lines. */
    QUOTE_LINE_PAGE("quote-line page", "quote-line pages"),
    /** {@code POST v1/Agents/Quote/...}: one call of the Quote agent. */
    QUOTE_AGENT("Quote-agent call", "Quote-agent calls"),
    /** The token endpoint and the tenant state API. */
    LOGIN("token or discovery request", "token and discovery requests"),
    /** Everything else (catalogue, lists, entities, documents, mail). */
    OTHER("other request", "other requests");

    private final String one;
    private final String many;

    RequestKind(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** How the summary names {@code count} requests of this kind: {@code sale page}, {@code sale pages}. */
    public String label(long count) {
        return count == 1 ? one : many;
    }

    /** The kind of the request with this route ({@code GET v1/Sale?$select=...}, as {@link HttpTransport} logs it). */
    static RequestKind of(String route) {
        if (route.startsWith("GET " + SuperOfficeApi.SALE_ARCHIVE + "?")) return SALE_PAGE;
        if (route.startsWith("GET " + SuperOfficeApi.QUOTE_LINE_ARCHIVE)) return QUOTE_LINE_PAGE;
        if (route.startsWith(QuoteLines.ROUTE)) return QUOTE_AGENT;
        if (route.equals(TokenService.TOKEN_ROUTE) || route.startsWith("GET api/state/")) return LOGIN;
        return OTHER;
    }
}
