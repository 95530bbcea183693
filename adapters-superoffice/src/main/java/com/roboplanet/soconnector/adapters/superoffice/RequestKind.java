package com.roboplanet.soconnector.adapters.superoffice;

/** What a request is for, told apart by its route, for the summary's "requests by kind" and for progress. */
public enum RequestKind {
    /** {@code GET v1/Sale}: a page of the FindSale archive. */
    SALE_PAGE("sale pages"),
    /** {@code GET v1/Archive/ConfigurableArchiveQuoteLine}: a page of quote lines. */
    QUOTE_LINE_PAGE("quote-line pages"),
    /** {@code POST v1/Agents/Quote/...}: one call of the Quote agent. */
    QUOTE_AGENT("Quote-agent calls"),
    /** The token endpoint and the tenant state API. */
    LOGIN("token and discovery"),
    /** Everything else (catalogue, lists, entities, documents, mail). */
    OTHER("other");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    /** How the summary names requests of this kind, in the plural: {@code sale pages}. */
    public String label() {
        return label;
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
