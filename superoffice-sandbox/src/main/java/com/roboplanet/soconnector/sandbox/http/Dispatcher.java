package com.roboplanet.soconnector.sandbox.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roboplanet.soconnector.sandbox.Faults;
import com.roboplanet.soconnector.sandbox.LoggedRequest;
import com.roboplanet.soconnector.sandbox.RouteHold;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.archives.QueryException;
import com.roboplanet.soconnector.sandbox.faults.FaultInjector;
import com.roboplanet.soconnector.sandbox.faults.Interventions;
import com.roboplanet.soconnector.sandbox.login.LoginRoutes;
import com.roboplanet.soconnector.sandbox.login.SandboxState;
import com.roboplanet.soconnector.sandbox.login.Tokens;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Every request on every listener goes through here: login routes, then the tenant API with its host check, faults,
 * tenant state and Bearer check, then 404 in the SuperOffice error shape. Each answered request is logged.
 */
public final class Dispatcher {
    private static final Pattern SECRET_PARAMS =
            Pattern.compile("(?i)(?<=^|&)(client_secret|refresh_token|code|access_token|code_verifier)=[^&]*");

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "so-apptoken");

    private final ObjectMapper json;
    private final SandboxOptions options;
    private final SandboxState state;
    private final Tokens tokens;
    private final LoginRoutes login;
    private final TenantRoutes tenant;
    private final Consumer<LoggedRequest> log;
    private final FaultInjector injector;
    private final Interventions interventions;

    /**
     * @param log receives each answered request once, before the client can read the answer (redacted: see
     *     {@link LoggedRequest})
     * @param interventions what tests switch on while the sandbox runs
     */
    public Dispatcher(
            ObjectMapper json,
            SandboxOptions options,
            SandboxState state,
            Tokens tokens,
            LoginRoutes login,
            TenantRoutes tenant,
            Consumer<LoggedRequest> log,
            Interventions interventions) {
        this.json = json;
        this.options = options;
        this.state = state;
        this.tokens = tokens;
        this.login = login;
        this.tenant = tenant;
        this.log = log;
        this.injector = new FaultInjector(options.faults(), options.seed(), options.sleeper());
        this.interventions = interventions;
    }

    /** Answers one exchange that arrived on listener {@code host} (0 = the first; a moved tenant has a higher one). */
    public void handle(HttpExchange exchange, int host) {
        HttpCall call = new HttpCall(exchange, json);
        call.beforeAnswer(c -> log.accept(new LoggedRequest(
                c.method(),
                c.path(),
                redacted(c.rawQuery()),
                c.route(),
                c.status(),
                redacted(exchange.getRequestHeaders()),
                loggedBody(c))));
        try {
            String loginRoute = LoginRoutes.routeName(call.method(), call.path());
            if (loginRoute != null) {
                call.route(loginRoute);
                login.handle(call, loginRoute);
            } else if (isTenantApi(call.path())) {
                api(call, host);
            } else {
                throw ApiError.notFound("No resource matches " + call.method() + " " + call.path());
            }
        } catch (ApiError error) {
            answer(call, error);
        } catch (QueryException error) {
            answer(
                    call,
                    new ApiError(
                            options.invalidQueryStatus(),
                            "ArgumentException",
                            error.getMessage(),
                            "SuperOffice.CRM.ArchiveLists"));
        } catch (InterruptedException error) {
            Thread.currentThread().interrupt();
            answer(call, new ApiError(503, "ServiceUnavailable", "The sandbox is stopping", "SuperOffice.WebApi"));
        } catch (IOException | RuntimeException error) {
            answer(
                    call,
                    new ApiError(
                            500,
                            "SoException",
                            "Internal error in the sandbox: " + error,
                            "SuperOffice.Services.Implementation"));
        } finally {
            call.announce();
            call.close();
        }
    }

    /** The token endpoint takes secrets in the query string too; the log must never hold them. */
    static String redacted(String query) {
        return SECRET_PARAMS.matcher(query).replaceAll("$1=***");
    }

    /** Credentials in headers: the bearer token, and the client secret that the system-user flow sends. */
    static Map<String, List<String>> redacted(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(
                name, SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? List.of("***") : List.copyOf(values)));
        return copy;
    }

    private static String loggedBody(HttpCall call) {
        try {
            String body = new String(call.body(), StandardCharsets.UTF_8);
            String type = call.header("Content-Type");
            boolean form =
                    type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
            return form ? redacted(body) : body;
        } catch (IOException e) {
            // The client went away mid-body; the log still records the request without it.
            return "";
        }
    }

    private boolean isTenantApi(String path) {
        String[] parts = path.split("/", 5);
        return parts.length >= 4 && parts[2].equals("api") && parts[3].equals("v1");
    }

    private String api(HttpCall call, int host) throws IOException, InterruptedException {
        String[] parts = call.path().split("/");
        String[] segments = Arrays.copyOfRange(parts, 4, parts.length);
        String route = TenantRoutes.routeName(call.method(), segments);
        String name = route == null ? "unknown" : route;
        call.route(name);
        if (GatewayAnswers.answer(call, interventions, state.loginUrl())) return name;
        if (!parts[1].equalsIgnoreCase(state.credentials().contextIdentifier())) {
            throw ApiError.notFound("Tenant " + parts[1] + " is not served here");
        }
        if (host != state.currentHost()) {
            throw new ApiError(
                    421,
                    "MisdirectedRequest",
                    "Misdirected Request: the tenant has moved; read webapi_url from a fresh id_token or the state API",
                    "SuperOffice.WebApi");
        }
        Faults faults = options.faults();
        switch (injector.next()) {
            case DROP_CONNECTION -> {
                call.drop();
                return name;
            }
            case BURST ->
                throw new ApiError(
                        faults.burstStatus(),
                        faults.burstStatus() == 503 ? "ServiceUnavailable" : "SoException",
                        "Simulated failure " + faults.burstStatus(),
                        "SuperOffice.WebApi");
            case RATE_LIMIT -> {
                if (faults.retryAfterSeconds() >= 0)
                    call.setHeader("Retry-After", Integer.toString(faults.retryAfterSeconds()));
                throw new ApiError(429, "TooManyRequests", "Too many requests", "SuperOffice.WebApi");
            }
            case NONE -> {}
        }
        if (!state.tenantState().apiAvailable()) {
            throw new ApiError(
                    503,
                    "ServiceUnavailable",
                    "The tenant is " + state.tenantState().wireName(),
                    "SuperOffice.WebApi");
        }
        String authorization = call.header("Authorization");
        if (authorization == null
                || !authorization.startsWith("Bearer ")
                || !tokens.use(authorization.substring(7).trim())) {
            call.setHeader("WWW-Authenticate", "Bearer");
            throw new ApiError(
                    401, "SoSecurityException", "Missing, unknown or expired access token", "SuperOffice.WebApi");
        }
        if (route == null) throw ApiError.notFound("No resource matches " + call.method() + " " + call.path());
        GatewayAnswers.refuseQuoteAgent(route, interventions);
        GatewayAnswers.refuseRoute(route, interventions);
        RouteHold before = interventions.takeHold(route, RouteHold.When.BEFORE_ACTING);
        if (before != null) {
            call.onClose(before::completed);
            if (before.hold() == RouteHold.Release.DROP) {
                call.drop();
                return route;
            }
        }
        RouteHold after = interventions.takeHold(route, RouteHold.When.BEFORE_ANSWERING);
        if (after != null) {
            call.onClose(after::completed);
            call.beforeAnswer(answered -> after.hold());
        }
        call.untranslatedLists(interventions.multiLanguageLists());
        boolean malformed = route.equals("GET Sale") && injector.truncateSalePage();
        tenant.handle(call, route, segments, state.apiBaseUrl(), malformed);
        return route;
    }

    private void answer(HttpCall call, ApiError error) {
        if (call.status() != 0) return;
        try {
            call.sendError(error);
        } catch (IOException ignored) {
            // The client went away; the request log still records what it was sent.
        }
    }
}
