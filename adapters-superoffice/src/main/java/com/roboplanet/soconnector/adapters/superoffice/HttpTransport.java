package com.roboplanet.soconnector.adapters.superoffice;

import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeApiException.Failure;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.auth.AuthCache;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicAuthCache;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place requests go out: proxy, rate limit, timeouts, retries with back-off, and error mapping. It knows
 * nothing of tokens; the caller sets the headers. Only the route (no host, no headers, no body) is ever
 * logged or put in a message, because headers and bodies carry the token and the secrets.
 *
 * <p>Answers that cannot be SuperOffice's are faults, never refusals ({@link ForeignAnswer}): a redirect, an HTML page,
 * a proxy asking for a login. A {@code Retry-After} date is measured against the answer's own {@code Date}.
 *
 * <p>Thread-safe: at most {@code SO_MAX_CONCURRENT_REQUESTS} requests are in flight at once, whatever number of threads
 * send (a permit is held from sending to the end of the answer, not while waiting to retry), and never more than
 * {@code SO_MAX_REQUESTS_PER_SECOND} start per second (the rate limiter spaces every attempt, retries included).
 */
final class HttpTransport implements Closeable {
    static final int MAX_RETRIES = 5;
    private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);
    /**
     * Statuses SuperOffice documents without documenting their body (401: token not accepted, also with an HTML hint
     * onsite; 421: wrong host): their handling (renewal, re-discovery) must not depend on what the body looks like.
     */
    private static final Set<Integer> DOCUMENTED_ANY_BODY = Set.of(401, 421);

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    /** One request. {@code route} is what messages and logs show; {@code idempotent} allows retries. */
    record Request(
            String method,
            URI uri,
            String route,
            Map<String, String> headers,
            byte[] body,
            ContentType contentType,
            boolean idempotent) {}

    /** A 2xx answer. */
    record Response(int status, byte[] body) {}

    /**
     * An answer as received. {@code proxy} is the proxy the request went through, null when direct.
     *
     * @param date the {@code Date} header: the server's clock, against which a {@code Retry-After} date is measured
     */
    record Raw(
            int status,
            byte[] body,
            String retryAfter,
            String date,
            String contentType,
            String location,
            ProxyEndpoint proxy) {}

    private final CloseableHttpClient client;
    private final RateLimiter limiter;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration maxRetryWait;
    private final ProxySettings proxies;
    // Shared by all requests, so that a proxy's Basic challenge is answered once and then sent up front.
    private final AuthCache proxyAuthCache = new BasicAuthCache();
    private final AtomicLong requestsSent = new AtomicLong();
    private final EnumMap<RequestKind, AtomicLong> sentByKind = new EnumMap<>(RequestKind.class);
    private final Semaphore inFlight;
    private final int maxInFlight;
    private volatile TransportListener listener = TransportListener.NONE;

    HttpTransport(
            Duration timeout,
            RateLimiter limiter,
            Backoff backoff,
            Sleeper sleeper,
            Clock clock,
            Duration maxRetryWait,
            ProxySettings proxies,
            int maxConcurrentRequests) {
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException(
                    "at least one request must be allowed in flight: " + maxConcurrentRequests);
        }
        Timeout t = Timeout.of(timeout.toMillis(), TimeUnit.MILLISECONDS);
        this.client = HttpClients.custom()
                // HttpClient 5 ignores the proxy variables and properties unless told (see ProxySettings).
                .setRoutePlanner(ProxyRouting.routePlanner(proxies))
                .setDefaultCredentialsProvider(ProxyRouting.proxyCredentials(proxies))
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(t)
                                .setSocketTimeout(t)
                                .build())
                        // One connection per request in flight, and the login host beside the API host.
                        .setMaxConnPerRoute(Math.max(2, maxConcurrentRequests))
                        .setMaxConnTotal(2 * Math.max(2, maxConcurrentRequests))
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(t)
                        .setConnectionRequestTimeout(t)
                        .build())
                // Retries are decided here, with our back-off and rate limit, not by the client.
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        this.limiter = limiter;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.clock = clock;
        this.maxRetryWait = maxRetryWait;
        this.proxies = proxies;
        this.maxInFlight = maxConcurrentRequests;
        this.inFlight = new Semaphore(maxConcurrentRequests, true);
        for (RequestKind kind : RequestKind.values()) sentByKind.put(kind, new AtomicLong());
    }

    /** From now on, requests and waits are told to {@code listener}. */
    void listen(TransportListener listener) {
        this.listener = listener == null ? TransportListener.NONE : listener;
    }

    /** The most requests in flight at once ({@code SO_MAX_CONCURRENT_REQUESTS}). */
    int maxInFlight() {
        return maxInFlight;
    }

    Response send(Request request) {
        for (int retry = 0; ; retry++) {
            Raw raw;
            try {
                Duration slot = limiter.reserve();
                if (!slot.isZero()) {
                    wait(
                            request,
                            new TransportListener.Wait(slot, TransportListener.Cause.RATE_LIMIT, 0, 0, MAX_RETRIES));
                }
                inFlight.acquire();
                try {
                    raw = exchange(request);
                } finally {
                    inFlight.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw SuperOfficeApiException.of(
                        Failure.UNAVAILABLE, request.route(), request.route() + " was interrupted", e);
            } catch (IOException e) {
                if (!retryWithBackoff(request, retry, e)) {
                    throw connectionFailure(request, retry, e);
                }
                continue;
            }
            if (raw.status() == 407) {
                throw ForeignAnswer.proxyLogin(request, raw);
            }
            boolean retryable = RETRYABLE.contains(raw.status());
            if (!DOCUMENTED_ANY_BODY.contains(raw.status()) && !retryable) {
                Optional<SuperOfficeApiException> foreign = ForeignAnswer.of(request, raw);
                if (foreign.isPresent()) {
                    throw foreign.get();
                }
            }
            if (raw.status() >= 200 && raw.status() < 300) {
                return new Response(raw.status(), raw.body());
            }
            // A 429 means the server refused before doing anything, so even a POST that creates or sends is safe to
            // repeat.
            boolean repeatable = request.idempotent() || raw.status() == 429;
            if (repeatable && retryable && retry < MAX_RETRIES) {
                waitBeforeRetry(request, raw, retry);
                continue;
            }
            throw failure(request, raw, retry);
        }
    }

    private Raw exchange(Request request) throws IOException {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
        request.headers().forEach(http::setHeader);
        if (request.body() != null) {
            http.setEntity(new ByteArrayEntity(request.body(), request.contentType()));
        }
        ProxyEndpoint proxy = proxyFor(request.uri()).orElse(null);
        HttpClientContext context = HttpClientContext.create();
        context.setAuthCache(proxyAuthCache);
        requestsSent.incrementAndGet();
        RequestKind kind = RequestKind.of(request.route());
        sentByKind.get(kind).incrementAndGet();
        listener.requestSent(kind);
        long started = System.nanoTime();
        Raw raw = client.execute(http, context, response -> {
            byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            return new Raw(
                    response.getCode(),
                    body,
                    value(response.getFirstHeader("Retry-After")),
                    value(response.getFirstHeader("Date")),
                    value(response.getFirstHeader("Content-Type")),
                    value(response.getFirstHeader("Location")),
                    proxy);
        });
        LOG.debug(
                "{} -> {} in {} ms",
                request.route(),
                raw.status(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return raw;
    }

    private static String value(Header header) {
        return header == null ? null : header.getValue();
    }

    /** The proxy a request to {@code uri} goes through, if any. */
    Optional<ProxyEndpoint> proxyFor(URI uri) {
        return proxies.proxyFor(uri.getScheme(), uri.getHost());
    }

    /** How requests to {@code uri} travel, for {@code probe}: the proxy and the setting that chose it, or direct. */
    String route(URI uri) {
        return proxies.describe(uri.getScheme(), uri.getHost());
    }

    private boolean retryWithBackoff(Request request, int retry, IOException e) {
        if (!request.idempotent() || retry >= MAX_RETRIES || !droppedConnection(e)) {
            return false;
        }
        Duration wait = backoff.delay(retry);
        LOG.info(
                "{} failed ({}); retry {} of {} in {} ms",
                request.route(),
                e.getClass().getSimpleName(),
                retry + 1,
                MAX_RETRIES,
                wait.toMillis());
        wait(
                request,
                new TransportListener.Wait(
                        wait, TransportListener.Cause.DROPPED_CONNECTION, 0, retry + 1, MAX_RETRIES));
        return true;
    }

    /**
     * Failures where the server dropped the request or never answered (reset, closed, timed out): worth
     * another try for a request that changes nothing.
     */
    private static boolean droppedConnection(IOException e) {
        return e instanceof NoHttpResponseException
                || e instanceof ConnectionClosedException
                || e instanceof SocketException
                || e instanceof InterruptedIOException;
    }

    private void waitBeforeRetry(Request request, Raw raw, int retry) {
        Optional<Duration> asked = RetryAfter.parse(raw.retryAfter(), raw.date(), clock);
        if (asked.isPresent() && asked.get().compareTo(maxRetryWait) > 0) {
            ErrorBody error = ErrorBody.parse(raw.body());
            throw new SuperOfficeApiException(
                    Failure.UNAVAILABLE,
                    raw.status(),
                    error.errorType(),
                    error.errorMessage(),
                    asked.get(),
                    request.route(),
                    "SuperOffice answered " + raw.status() + " to " + request.route() + " and asked to wait "
                            + asked.get().toSeconds() + " s, longer than SO_MAX_RETRY_WAIT ("
                            + maxRetryWait.toSeconds() + " s); try again later",
                    null);
        }
        Duration wait = asked.orElseGet(() -> backoff.delay(retry));
        LOG.info(
                "{} answered {}; retry {} of {} in {} ms{}",
                request.route(),
                raw.status(),
                retry + 1,
                MAX_RETRIES,
                wait.toMillis(),
                asked.isPresent() ? " (Retry-After)" : "");
        wait(
                request,
                new TransportListener.Wait(
                        wait,
                        asked.isPresent() ? TransportListener.Cause.RETRY_AFTER : TransportListener.Cause.BACKOFF,
                        raw.status(),
                        retry + 1,
                        MAX_RETRIES));
    }

    /** Waits, telling the listener; an interrupt ends the request. */
    private void wait(Request request, TransportListener.Wait wait) {
        listener.waitStarted(wait);
        try {
            sleeper.sleep(wait.duration());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SuperOfficeApiException.of(
                    Failure.UNAVAILABLE, request.route(), request.route() + " was interrupted while waiting", e);
        } finally {
            listener.waitEnded(wait);
        }
    }

    private SuperOfficeApiException connectionFailure(Request request, int retry, IOException e) {
        String reason = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        Optional<ProxyEndpoint> proxy = proxyFor(request.uri());
        String what = proxy.map(
                        p -> "could not reach SuperOffice through the proxy " + p + " (from " + p.source() + ")")
                .orElse("could not reach SuperOffice");
        String variable = "http".equalsIgnoreCase(request.uri().getScheme()) ? "HTTP_PROXY" : "HTTPS_PROXY";
        String hint = proxy.isEmpty() && (e instanceof UnknownHostException || e instanceof ConnectException)
                ? "; if this network needs a web proxy, set " + variable + " or SO_PROXY (README 'Behind a proxy')"
                : "";
        return SuperOfficeApiException.of(
                Failure.UNAVAILABLE,
                request.route(),
                what + " for " + request.route() + attempts(retry) + ": " + reason + hint,
                e);
    }

    private SuperOfficeApiException failure(Request request, Raw raw, int retry) {
        ErrorBody error = ErrorBody.parse(raw.body());
        int status = raw.status();
        Failure failure = status == 401
                ? Failure.AUTHENTICATION
                : status == 403
                        ? Failure.NOT_PERMITTED
                        : status == 429 || status >= 500 ? Failure.UNAVAILABLE : Failure.REJECTED;
        return new SuperOfficeApiException(
                failure,
                status,
                error.errorType(),
                error.errorMessage(),
                RetryAfter.parse(raw.retryAfter(), raw.date(), clock).orElse(null),
                request.route(),
                failure == Failure.NOT_PERMITTED
                        ? Rights.refused(request.route(), status, error)
                        : "SuperOffice answered " + status + " to " + request.route() + attempts(retry)
                                + error.describe() + ForeignAnswer.htmlNote(raw),
                null);
    }

    static String attempts(int retry) {
        return retry == 0 ? "" : " after " + (retry + 1) + " attempts";
    }

    /** Every request sent, retries and token calls included. */
    long requestsSent() {
        return requestsSent.get();
    }

    /** Requests sent so far of {@code kind}, retries included. */
    long requestsSent(RequestKind kind) {
        return sentByKind.get(kind).get();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
