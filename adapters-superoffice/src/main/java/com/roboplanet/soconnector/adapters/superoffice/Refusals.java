package com.roboplanet.soconnector.adapters.superoffice;

/**
 * Which failures of an optional call are SuperOffice refusing it, documented as such, rather than a fault. SuperOffice
 * documents 401 for a token it does not accept (the Online auth-code-flow page; here only after a freshly renewed token
 * was refused too: the app lacks the right) and the API never gives more than the user's role allows (the REST WebAPI
 * overview); Forbidden (403) is how it answers the restricted agents (superoffice-api.md §6.5, §7). Everything else
 * (a 3xx, an HTML page, 400, 404, 5xx, a timeout) is a fault: the run stops rather than writing a report that silently
 * lacks rows.
 */
final class Refusals {
    private Refusals() {}

    /**
     * @param route the route of the optional call (e.g. {@code POST v1/Agents/Quote/}): a refusal of another call, such
     *     as the token endpoint refusing the refresh token mid-run, is not a refusal of this source
     */
    static boolean documented(SuperOfficeApiException e, String route) {
        if (!e.route().startsWith(route)) {
            return false;
        }
        return e.failure() == SuperOfficeApiException.Failure.NOT_PERMITTED
                || e.status() == 401 && e.failure() == SuperOfficeApiException.Failure.AUTHENTICATION;
    }
}
