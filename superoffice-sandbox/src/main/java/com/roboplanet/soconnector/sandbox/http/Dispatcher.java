package com.roboplanet.soconnector.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Every request on every listener goes through here: login routes, then the tenant API with its host check, faults,
 * tenant state and Bearer check, then 404 in the SuperOffice error shape. Each answered request is logged.
 */
final class Dispatcher {
    private static final Pattern SECRET_PARAMS =
            Pattern.compile("(?i)(?<=^|&)(client_secret|refresh_token|code|access_token|code_verifier)=[^&]*");

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "so-apptoken");

    private final ObjectMapper json;
    private final SandboxOptions options;
    private final SandboxState state;
    private final Tokens tokens;
    private final LoginRoutes login;
    private final TenantRoutes tenant;
    private final RequestLog log;
    private final AtomicInteger apiRequests = new AtomicInteger();
    private final AtomicInteger salePages = new AtomicInteger();
    private final Random faultRandom;

    Dispatcher(
            ObjectMapper json,
            SandboxOptions options,
            SandboxState state,
            Tokens tokens,
            LoginRoutes login,
            TenantRoutes tenant,
            RequestLog log) {
        this.json = json;
        this.options = options;
        this.state = state;
        this.tokens = tokens;
        this.login = login;
        this.tenant = tenant;
        this.log = log;
        this.faultRandom = new Random(options.seed());
    }

    void handle(HttpExchange exchange, int host) {
        HttpCall call = new HttpCall(exchange, json);
        call.beforeAnswer(c -> log.add(new LoggedRequest(
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
        int number = apiRequests.incrementAndGet();
        Faults faults = options.faults();
        if (number == faults.dropConnectionOnRequest()) {
            call.drop();
            return name;
        }
        if (!faults.latency().isZero()) options.sleeper().sleep(faults.latency());
        if (faults.burstLength() > 0
                && number >= faults.burstStartRequest()
                && number < faults.burstStartRequest() + faults.burstLength()) {
            throw new ApiError(
                    faults.burstStatus(),
                    faults.burstStatus() == 503 ? "ServiceUnavailable" : "SoException",
                    "Simulated failure " + faults.burstStatus(),
                    "SuperOffice.WebApi");
        }
        if (rateLimited(number, faults)) {
            if (faults.retryAfterSeconds() >= 0)
                call.setHeader("Retry-After", Integer.toString(faults.retryAfterSeconds()));
            throw new ApiError(429, "TooManyRequests", "Too many requests", "SuperOffice.WebApi");
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
        boolean malformed = route.equals("GET Sale") && salePages.incrementAndGet() == faults.malformedSalePage();
        tenant.handle(call, route, segments, state.apiBaseUrl(), malformed);
        return route;
    }

    private boolean rateLimited(int number, Faults faults) {
        if (faults.rateLimitEveryNth() > 0 && number % faults.rateLimitEveryNth() == 0) return true;
        if (faults.rateLimitFraction() <= 0) return false;
        synchronized (faultRandom) {
            return faultRandom.nextDouble() < faults.rateLimitFraction();
        }
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
