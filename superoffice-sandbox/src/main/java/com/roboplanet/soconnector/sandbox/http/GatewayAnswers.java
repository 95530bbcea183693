package com.roboplanet.soconnector.sandbox.http;

import com.roboplanet.soconnector.sandbox.faults.Interventions;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The answers of what a test put in front of the tenant ({@link Interventions}): a single sign-on gateway or proxy
 * redirecting to its login page, its HTML sign-in page, throttling with a {@code Retry-After} date; and the tenant
 * refusing the Quote agent. None of them is SuperOffice's JSON, except the refusal.
 */
final class GatewayAnswers {
    private static final String LOGIN_PAGE = "<!DOCTYPE html><html><head><title>Sign in - Corporate SSO</title></head>"
            + "<body><form method=\"post\" action=\"/login/sso/\"><input name=\"username\"></form></body></html>";

    private GatewayAnswers() {}

    /** Answers the call in the gateway's name when a switch says so; false when it goes on to the tenant. */
    static boolean answer(HttpCall call, Interventions interventions, String loginUrl) throws IOException {
        switch (interventions.next()) {
            case PASS -> {
                return false;
            }
            case LOGIN_REDIRECT -> {
                call.setHeader(
                        "Location",
                        loginUrl + "/login/sso/?ReturnUrl=" + URLEncoder.encode(call.path(), StandardCharsets.UTF_8)
                                + "&state=sandbox-session-token");
                call.send(302, "text/html; charset=utf-8", LOGIN_PAGE.getBytes(StandardCharsets.UTF_8));
            }
            case HTML_PAGE -> call.send(200, "text/html; charset=utf-8", LOGIN_PAGE.getBytes(StandardCharsets.UTF_8));
            case RATE_LIMIT_DATE -> {
                call.setHeader("Retry-After", interventions.retryAfterDate());
                call.sendError(new ApiError(429, "TooManyRequests", "Too many requests", "SuperOffice.WebApi"));
            }
        }
        return true;
    }

    /** @throws ApiError the status the test gave this route ({@link Interventions#refuseRoute}) */
    static void refuseRoute(String route, Interventions interventions) {
        int status = interventions.refusal(route);
        if (status == 401) {
            throw new ApiError(
                    401, "SoSecurityException", "Missing, unknown or expired access token", "SuperOffice.WebApi");
        }
        if (status != 0) {
            throw new ApiError(
                    status,
                    status == 403 ? "SoSecurityException" : "SoException",
                    status == 403
                            ? "Access denied: the user's role does not allow this"
                            : "Simulated failure " + status,
                    "SuperOffice.Services.Implementation");
        }
    }

    /**
     * @throws ApiError the status the test gave Quote agent calls; the quote line archive answers the same, because
     *     both need the user's right to read quotes
     */
    static void refuseQuoteAgent(String route, Interventions interventions) {
        int status = interventions.quoteAgentStatus();
        if (status != 0
                && (route.startsWith("POST Agents/Quote/")
                        || route.equals("GET Archive/ConfigurableArchiveQuoteLine"))) {
            throw new ApiError(
                    status,
                    status == 403 ? "SoSecurityException" : "SoException",
                    status == 403
                            ? "The Quote agent is not available: the user has no access to quotes"
                            : "Simulated failure " + status + " of the Quote agent",
                    "SuperOffice.Services.Implementation");
        }
    }
}
