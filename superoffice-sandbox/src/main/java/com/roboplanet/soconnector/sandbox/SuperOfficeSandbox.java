package com.roboplanet.soconnector.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.roboplanet.soconnector.sandbox.entities.Mix;
import com.roboplanet.soconnector.sandbox.entities.Tenant;
import com.roboplanet.soconnector.sandbox.faults.Interventions;
import com.roboplanet.soconnector.sandbox.http.Dispatcher;
import com.roboplanet.soconnector.sandbox.http.TenantRoutes;
import com.roboplanet.soconnector.sandbox.login.LoginRoutes;
import com.roboplanet.soconnector.sandbox.login.SandboxState;
import com.roboplanet.soconnector.sandbox.login.Tokens;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An embedded SuperOffice CRM Online on 127.0.0.1: the login host and the tenant WebAPI, over a deterministic
 * generated tenant. Start it with {@link #start(SandboxOptions)}, point the connector at {@link #loginUrl()} with
 * {@link #credentials()}, and close it when done.
 *
 * <p>{@link #moveHost()} opens a second listener (another port on 127.0.0.1) as the tenant's new host; the old API base
 * then answers 421 until the client reads the new {@code webapi_url} from a fresh id_token or the state API.
 */
public final class SuperOfficeSandbox implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final SandboxOptions options;
    private final ExecutorService executor;
    private final List<HttpServer> listeners = new ArrayList<>();
    private final RequestLog log = new RequestLog();
    private final SandboxState state;
    private final Tokens tokens;
    private final TenantRoutes tenantRoutes;
    private final Dispatcher dispatcher;
    private final Interventions interventions = new Interventions();
    private volatile String advertisedBase;

    private SuperOfficeSandbox(SandboxOptions options) throws IOException {
        this.options = options;
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "so-sandbox");
            thread.setDaemon(true);
            return thread;
        });
        String ctx = options.contextIdentifier();
        this.tokens = new Tokens(ctx, options.clock(), options.faults());
        HttpServer first = listen(options.port());
        String login = url(first);
        SandboxCredentials credentials = new SandboxCredentials(
                "sandbox-" + Long.toHexString(Mix.of(options.seed(), -1)).substring(0, 12),
                seeded("secret", options.seed()),
                seeded("refresh", options.seed()),
                "http://localhost/so-connector/callback",
                ctx);
        this.state = new SandboxState(
                credentials, options.clock(), options.faults().moveHostOnRefresh(), this::hostUrl, this::moveHost);
        Tenant tenant = new Tenant(options);
        this.tenantRoutes = new TenantRoutes(json, options, tenant, ctx);
        LoginRoutes loginRoutes = new LoginRoutes(json, tokens, executor, state, this::loginUrl);
        this.dispatcher =
                new Dispatcher(json, options, state, tokens, loginRoutes, tenantRoutes, log::add, interventions);
        serve(first);
    }

    /**
     * Credentials follow from the seed so that the {@code .env} lines printed once keep working after a restart; they
     * guard nothing but a loopback simulator.
     */
    private static String seeded(String purpose, long seed) {
        StringBuilder value =
                new StringBuilder(purpose.length() + 33).append(purpose).append('-');
        for (int part = 0; part < 2; part++) {
            value.append(String.format("%016x", Mix.of(seed, purpose.hashCode() * 31L + part)));
        }
        return value.toString();
    }

    /** Starts the sandbox; it listens on 127.0.0.1 only. */
    public static SuperOfficeSandbox start(SandboxOptions options) {
        // Without TCP_NODELAY, Nagle's algorithm and the client's delayed ACK stall every chunked page ~40 ms on
        // loopback (measured: 20,000 instead of 130,000+ rows/s). The JDK server reads this once, at its first start.
        if (System.getProperty(NO_DELAY) == null) System.setProperty(NO_DELAY, "true");
        try {
            return new SuperOfficeSandbox(options);
        } catch (IOException e) {
            // The operating system's reason ("Address already in use", "Permission denied") is what a person acts on.
            throw new UncheckedIOException(
                    "could not start the SuperOffice sandbox on " + LOOPBACK + ":" + options.port() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private HttpServer listen(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port), 64);
        server.setExecutor(executor);
        synchronized (listeners) {
            listeners.add(server);
        }
        return server;
    }

    private void serve(HttpServer server) {
        int host;
        synchronized (listeners) {
            host = listeners.indexOf(server);
        }
        server.createContext("/", exchange -> dispatcher.handle(exchange, host));
        server.start();
    }

    private String hostUrl(int host) {
        String advertised = advertisedBase;
        if (host == 0 && advertised != null) {
            return advertised;
        }
        synchronized (listeners) {
            return url(listeners.get(host));
        }
    }

    private static String url(HttpServer server) {
        return "http://" + LOOPBACK + ":" + server.getAddress().getPort();
    }

    /** The login host, e.g. {@code http://127.0.0.1:PORT}; the token endpoint is {@code /login/common/oauth/tokens}. */
    public String loginUrl() {
        return hostUrl(0);
    }

    /** The port the sandbox listens on (its first listener), whatever address it advertises. */
    public int port() {
        synchronized (listeners) {
            return listeners.get(0).getAddress().getPort();
        }
    }

    /** The current {@code webapi_url}: {@code http://127.0.0.1:PORT/{ctx}/api/}. */
    public String apiBaseUrl() {
        return state.apiBaseUrl();
    }

    public SandboxCredentials credentials() {
        return state.credentials();
    }

    public SandboxOptions options() {
        return options;
    }

    public RequestLog requestLog() {
        return log;
    }

    /** The {@code .env} lines that point the connector at this sandbox. They contain the client secret. */
    public List<String> envLines() {
        SandboxCredentials c = credentials();
        return List.of(
                "SO_CLIENT_ID=" + c.clientId(),
                "SO_CLIENT_SECRET=" + c.clientSecret(),
                "SO_REFRESH_TOKEN=" + c.refreshToken(),
                "SO_REDIRECT_URI=" + c.redirectUri(),
                "SO_ENVIRONMENT=sandbox",
                "SO_CONTEXT_IDENTIFIER=" + c.contextIdentifier(),
                "SO_LOGIN_URL=" + loginUrl());
    }

    /** From now on the refresh token is refused with {@code 400 {"error":"access_denied"}}. */
    public void revokeRefreshToken() {
        state.revokeRefreshToken(true);
    }

    /** The refresh token works again, as after a user consented anew (access tokens issued meanwhile stay expired). */
    public void restoreRefreshToken() {
        state.revokeRefreshToken(false);
    }

    /** Every access token issued so far answers 401 from now on. */
    public void expireAccessTokens() {
        tokens.expireAll();
    }

    /** Moves the tenant to a new host (a new port); calls on the old API base answer 421. */
    public void moveHost() {
        try {
            HttpServer server = listen(0);
            serve(server);
            synchronized (listeners) {
                state.setCurrentHost(listeners.indexOf(server));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the new host listener on " + LOOPBACK, e);
        }
    }

    /**
     * From now on id_tokens carry no {@code webapi_url} claim, so that clients must find the API host through the
     * tenant state API ({@code GET /api/state/{ctx}}), their documented fallback.
     */
    public void omitWebApiUrlFromIdToken() {
        state.omitWebApiUrlFromIdToken();
    }

    /** Sets the state the state API reports; a state without API makes tenant calls answer 503. */
    public void setTenantState(TenantState tenantState) {
        state.setTenantState(tenantState);
    }

    public List<SentMail> sentMails() {
        return tenantRoutes.sentMails();
    }

    public List<StoredDocument> documents() {
        return tenantRoutes.storedDocuments();
    }

    public List<StoredAppointment> appointments() {
        return tenantRoutes.storedAppointments();
    }

    /**
     * From now on the sandbox names itself {@code baseUrl} (such as {@code http://sandbox.invalid:PORT}) wherever it
     * hands out its address: {@link #loginUrl()}, {@link #envLines()}, the id_token's {@code webapi_url}, the state API.
     * For tests that reach it only through a proxy or a TLS front that alone resolves that name. It still listens on
     * 127.0.0.1 ({@link #port()}).
     */
    public void advertiseAs(URI baseUrl) {
        String text = baseUrl.toString();
        advertisedBase = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * From now on the next {@code requests} tenant API requests are answered, and every later one gets {@code 302} to a
     * login page (with an HTML body), as from a single sign-on gateway or proxy in front of the tenant whose session
     * ran out.
     */
    public void redirectToLoginPageAfter(int requests) {
        interventions.gatewayAfter(requests, Interventions.Gateway.LOGIN_REDIRECT);
    }

    /** Like {@link #redirectToLoginPageAfter}, with {@code 200} and an HTML sign-in page instead of JSON. */
    public void answerHtmlPageAfter(int requests) {
        interventions.gatewayAfter(requests, Interventions.Gateway.HTML_PAGE);
    }

    /**
     * From now on every {@code nth} tenant API request answers {@code 429} with {@code Retry-After} as an HTTP date
     * {@code wait} after the answer's {@code Date} (both on this machine's system clock, whole seconds).
     */
    public void rateLimitWithRetryAfterDate(int nth, Duration wait) {
        interventions.rateLimitWithRetryAfterDate(nth, wait);
    }

    /**
     * From now on calls whose route starts with {@code routePrefix} (e.g. {@code GET Product}, {@code GET
     * List/ProductFamily}; method and path below the API base) answer {@code status} as a tenant answers a user whose
     * role lacks the right: 403 with SuperOffice's {@code SoSecurityException} body, or 401 to every token, freshly
     * renewed ones too. 0 ends it.
     */
    public void refuseRoute(String routePrefix, int status) {
        interventions.refuseRoute(routePrefix, status);
    }

    /**
     * From now on calls of the Quote agent, and of the quote line archive (the same right to read quotes), answer
     * {@code status} with SuperOffice's error body; 0 ends it.
     */
    public void answerQuoteAgentWith(int status) {
        interventions.answerQuoteAgentWith(status);
    }

    /**
     * From now on list names ({@code List/ProductFamily/Items}, the Product archive's {@code productFamilyKey}) come
     * back in SuperOffice's multi-language form {@code US:"...";GE:"..."} whatever language the request asks for, as on
     * tenants whose lists were entered that way.
     */
    public void multiLanguageListValues() {
        interventions.multiLanguageListValues(true);
    }

    /**
     * Holds the next request of {@code route} (a route name such as {@code POST Appointment}, see {@code
     * http.TenantRoutes.ROUTES}) when it arrives, before the sandbox acts on it, until the test releases or drops it.
     */
    public RouteHold holdBefore(String route) {
        return hold(route, RouteHold.When.BEFORE_ACTING);
    }

    /**
     * Holds the next request of {@code route} after the sandbox acted on it (the task exists, the bytes are stored)
     * and before its answer goes out, until the test releases it.
     */
    public RouteHold holdAfter(String route) {
        return hold(route, RouteHold.When.BEFORE_ANSWERING);
    }

    private RouteHold hold(String route, RouteHold.When when) {
        if (!TenantRoutes.ROUTES.contains(route)) {
            throw new IllegalArgumentException("no route " + route + " in the sandbox (see TenantRoutes.ROUTES)");
        }
        RouteHold hold = new RouteHold(route, when);
        interventions.hold(hold);
        return hold;
    }

    /** Issues an authorization code as if the user had consented (the code grant's first leg). */
    public String issueAuthorizationCode() {
        return tokens.issueCode();
    }

    @Override
    public void close() {
        synchronized (listeners) {
            listeners.forEach(server -> server.stop(0));
        }
        executor.shutdownNow();
    }
}
