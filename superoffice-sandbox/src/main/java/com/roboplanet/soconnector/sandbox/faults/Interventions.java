package com.roboplanet.soconnector.sandbox.faults;

import com.roboplanet.soconnector.sandbox.RouteHold;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a test switches on while the sandbox runs, for the answers that do not come from SuperOffice or that it gives
 * only on some tenants: a login gateway or proxy in front of the tenant that starts answering with a redirect to its
 * login page or with an HTML page, throttling with {@code Retry-After} as an HTTP date, a Quote agent the tenant
 * refuses (or any route a user's role may not call), and list values left in their multi-language form. Requests are counted from the moment a switch is set.
 * Thread-safe.
 */
public final class Interventions {
    /** What the gateway in front of the tenant does to one tenant API request. */
    public enum Gateway {
        /** Nothing: the request reaches the tenant. */
        PASS,
        /** {@code 302} to the gateway's login page, with an HTML body. */
        LOGIN_REDIRECT,
        /** {@code 200} with an HTML sign-in page. */
        HTML_PAGE,
        /** {@code 429} with {@code Retry-After} as an HTTP date. */
        RATE_LIMIT_DATE
    }

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private volatile Gateway after = Gateway.PASS;
    private volatile int passing;
    private final AtomicInteger seen = new AtomicInteger();
    private volatile int rateLimitEveryNth;
    private volatile Duration retryAfter = Duration.ZERO;
    private final AtomicInteger throttleCount = new AtomicInteger();
    private volatile int quoteAgentStatus;
    private volatile boolean multiLanguageLists;
    private final Map<String, Integer> refusedRoutes = new ConcurrentHashMap<>();
    private final Map<String, RouteHold> holds = new ConcurrentHashMap<>();

    /** The next {@code requests} tenant API requests pass; every later one gets {@code answer}. */
    public void gatewayAfter(int requests, Gateway answer) {
        if (requests < 0) throw new IllegalArgumentException("requests must not be negative: " + requests);
        passing = requests;
        seen.set(0);
        after = answer;
    }

    /** Every {@code nth} tenant API request (from now on) answers 429 with {@code Retry-After} = server time + wait. */
    public void rateLimitWithRetryAfterDate(int nth, Duration wait) {
        if (nth < 1) throw new IllegalArgumentException("nth must be at least 1: " + nth);
        throttleCount.set(0);
        retryAfter = wait;
        rateLimitEveryNth = nth;
    }

    /**
     * Quote agent calls and the quote line archive ({@code ConfigurableArchiveQuoteLine}, which needs the same right to
     * read quotes) answer {@code status} (0: normally).
     */
    public void answerQuoteAgentWith(int status) {
        quoteAgentStatus = status;
    }

    /**
     * Calls whose route (method and path below the API base, e.g. {@code GET Product}, {@code GET List/ProductFamily})
     * starts with {@code routePrefix} answer {@code status}, as a tenant answers a user whose role lacks the right: 403
     * {@code SoSecurityException}, or 401 to every token (also a freshly renewed one). 0 lifts the refusal.
     */
    public void refuseRoute(String routePrefix, int status) {
        if (status == 0) {
            refusedRoutes.remove(routePrefix);
        } else {
            refusedRoutes.put(routePrefix, status);
        }
    }

    /** The status a refused route answers, or 0. */
    public int refusal(String route) {
        return refusedRoutes.entrySet().stream()
                .filter(e -> route.startsWith(e.getKey()))
                .mapToInt(Map.Entry::getValue)
                .findFirst()
                .orElse(0);
    }

    /** List names (product families) come back as {@code US:"...";GE:"..."} whatever language is asked for. */
    public void multiLanguageListValues(boolean on) {
        multiLanguageLists = on;
    }

    /** Holds the next request of {@code hold.route()} where the hold says; one at a time per route and place. */
    public void hold(RouteHold hold) {
        holds.put(hold.route() + " " + hold.when(), hold);
    }

    /** The hold waiting for this request of {@code route} at {@code when}, taken so that it holds only once; or null. */
    public RouteHold takeHold(String route, RouteHold.When when) {
        return holds.remove(route + " " + when);
    }

    /** Counts one tenant API request and says what the gateway in front of the tenant does with it. */
    public Gateway next() {
        Gateway gateway = after;
        if (gateway != Gateway.PASS && seen.incrementAndGet() > passing) {
            return gateway;
        }
        int nth = rateLimitEveryNth;
        if (nth > 0 && throttleCount.incrementAndGet() % nth == 0) {
            return Gateway.RATE_LIMIT_DATE;
        }
        return Gateway.PASS;
    }

    /**
     * The {@code Retry-After} date of a throttled answer, on the clock the JDK's server writes the {@code Date} header
     * with (the system clock, whole seconds): so the two agree whatever clock the client has.
     */
    public String retryAfterDate() {
        return HTTP_DATE.format(Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(retryAfter));
    }

    public int quoteAgentStatus() {
        return quoteAgentStatus;
    }

    public boolean multiLanguageLists() {
        return multiLanguageLists;
    }
}
