package com.roboplanet.soconnector.adapters.superoffice;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How to reach one SuperOffice tenant. Validated here so that a wrong value fails at start-up with the
 * key's name, not halfway through a scan.
 *
 * @param environment {@code sod}, {@code qaonline} (or its alias {@code stage}), {@code online}, or
 *     {@code sandbox} (then {@code loginUrl} is required)
 * @param loginUrl the login host; null for {@code https://{environment}.superoffice.com}
 * @param apiUrl the tenant API base ending in {@code /api/}; null to discover it (recommended: hosts move)
 * @param redirectUri sent with the refresh grant when set; null or empty to leave it out
 * @param udfColumns FindSale columns of user-defined fields (e.g. {@code saleUdef/SuperOffice:1}) read into each
 *     sale's user-defined fields, in the same paged query; null or empty for none
 * @param proxy how requests reach the login and API hosts; null for direct connections
 * @param maxConcurrentRequests the most requests in flight at once (1..16; {@code SO_MAX_CONCURRENT_REQUESTS}): a read
 *     fetches the next page and its quote lines while the current page is matched
 */
public record SuperOfficeSettings(
        String clientId,
        String clientSecret,
        String refreshToken,
        String redirectUri,
        String environment,
        String contextIdentifier,
        URI loginUrl,
        URI apiUrl,
        String language,
        int pageSize,
        double maxRequestsPerSecond,
        Duration maxRetryWait,
        Duration httpTimeout,
        List<String> udfColumns,
        ProxySettings proxy,
        int maxConcurrentRequests) {

    public static final String DEFAULT_LANGUAGE = "en";
    public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 2;
    public static final int MAX_CONCURRENT_REQUESTS = 16;
    public static final int DEFAULT_PAGE_SIZE = 500;
    public static final double DEFAULT_MAX_REQUESTS_PER_SECOND = 10;
    public static final Duration DEFAULT_MAX_RETRY_WAIT = Duration.ofSeconds(120);
    public static final Duration DEFAULT_HTTP_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<String> ENVIRONMENTS = Set.of("sod", "qaonline", "stage", "online", "sandbox");

    public SuperOfficeSettings {
        clientId = required(clientId, "SO_CLIENT_ID");
        clientSecret = required(clientSecret, "SO_CLIENT_SECRET");
        refreshToken = required(refreshToken, "SO_REFRESH_TOKEN");
        redirectUri = Objects.requireNonNullElse(redirectUri, "").strip();
        environment = required(environment, "SO_ENVIRONMENT").toLowerCase(Locale.ROOT);
        if (!ENVIRONMENTS.contains(environment)) {
            throw new IllegalArgumentException("SO_ENVIRONMENT must be one of sod, qaonline, stage, online, sandbox");
        }
        contextIdentifier = required(contextIdentifier, "SO_CONTEXT_IDENTIFIER");
        if (loginUrl == null) {
            if (environment.equals("sandbox")) {
                throw new IllegalArgumentException("SO_LOGIN_URL is required when SO_ENVIRONMENT is sandbox");
            }
            // The docs name the stage login host qaonline; "stage" only exists as an API host.
            String host = environment.equals("stage") ? "qaonline" : environment;
            loginUrl = URI.create("https://" + host + ".superoffice.com");
        }
        requireHttp(loginUrl, "SO_LOGIN_URL");
        if (apiUrl != null) {
            requireHttp(apiUrl, "SO_API_URL");
            apiUrl = withTrailingSlash(apiUrl);
        }
        language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language.strip();
        if (pageSize < 1 || pageSize > 10_000) {
            throw new IllegalArgumentException("SO_PAGE_SIZE must be between 1 and 10000, was " + pageSize);
        }
        if (!(maxRequestsPerSecond > 0) || maxRequestsPerSecond > 1000) {
            throw new IllegalArgumentException(
                    "SO_MAX_REQUESTS_PER_SECOND must be above 0 and at most 1000, was " + maxRequestsPerSecond);
        }
        maxRetryWait = Objects.requireNonNullElse(maxRetryWait, DEFAULT_MAX_RETRY_WAIT);
        if (maxRetryWait.isNegative()) {
            throw new IllegalArgumentException("SO_MAX_RETRY_WAIT must not be negative, was " + maxRetryWait);
        }
        httpTimeout = Objects.requireNonNullElse(httpTimeout, DEFAULT_HTTP_TIMEOUT);
        if (httpTimeout.isNegative() || httpTimeout.isZero()) {
            throw new IllegalArgumentException("SO_HTTP_TIMEOUT must be positive, was " + httpTimeout);
        }
        udfColumns = udfColumns(udfColumns);
        proxy = Objects.requireNonNullElse(proxy, ProxySettings.none());
        if (maxConcurrentRequests < 1 || maxConcurrentRequests > MAX_CONCURRENT_REQUESTS) {
            throw new IllegalArgumentException("SO_MAX_CONCURRENT_REQUESTS must be between 1 and "
                    + MAX_CONCURRENT_REQUESTS + ", was " + maxConcurrentRequests);
        }
    }

    /** Settings without user-defined columns, connecting directly, with the default number of requests in flight. */
    public SuperOfficeSettings(
            String clientId,
            String clientSecret,
            String refreshToken,
            String redirectUri,
            String environment,
            String contextIdentifier,
            URI loginUrl,
            URI apiUrl,
            String language,
            int pageSize,
            double maxRequestsPerSecond,
            Duration maxRetryWait,
            Duration httpTimeout) {
        this(
                clientId,
                clientSecret,
                refreshToken,
                redirectUri,
                environment,
                contextIdentifier,
                loginUrl,
                apiUrl,
                language,
                pageSize,
                maxRequestsPerSecond,
                maxRetryWait,
                httpTimeout,
                List.of(),
                ProxySettings.none(),
                DEFAULT_MAX_CONCURRENT_REQUESTS);
    }

    /** Settings with every optional key at its default. */
    public static SuperOfficeSettings of(
            String clientId,
            String clientSecret,
            String refreshToken,
            String environment,
            String contextIdentifier,
            URI loginUrl) {
        return new SuperOfficeSettings(
                clientId,
                clientSecret,
                refreshToken,
                null,
                environment,
                contextIdentifier,
                loginUrl,
                null,
                DEFAULT_LANGUAGE,
                DEFAULT_PAGE_SIZE,
                DEFAULT_MAX_REQUESTS_PER_SECOND,
                DEFAULT_MAX_RETRY_WAIT,
                DEFAULT_HTTP_TIMEOUT);
    }

    public SuperOfficeSettings withPageSize(int size) {
        return tuned(size, maxRequestsPerSecond, maxRetryWait, udfColumns, proxy, maxConcurrentRequests);
    }

    public SuperOfficeSettings withMaxRequestsPerSecond(double rate) {
        return tuned(pageSize, rate, maxRetryWait, udfColumns, proxy, maxConcurrentRequests);
    }

    public SuperOfficeSettings withMaxRetryWait(Duration wait) {
        return tuned(pageSize, maxRequestsPerSecond, wait, udfColumns, proxy, maxConcurrentRequests);
    }

    public SuperOfficeSettings withUdfColumns(List<String> columns) {
        return tuned(pageSize, maxRequestsPerSecond, maxRetryWait, columns, proxy, maxConcurrentRequests);
    }

    /** These settings with requests going through the proxies {@code proxies} chooses. */
    public SuperOfficeSettings withProxy(ProxySettings proxies) {
        return tuned(pageSize, maxRequestsPerSecond, maxRetryWait, udfColumns, proxies, maxConcurrentRequests);
    }

    /** These settings with at most {@code requests} in flight at once. */
    public SuperOfficeSettings withMaxConcurrentRequests(int requests) {
        return tuned(pageSize, maxRequestsPerSecond, maxRetryWait, udfColumns, proxy, requests);
    }

    /** These settings with other tunables; the connection keys stay as they are. */
    private SuperOfficeSettings tuned(
            int size, double rate, Duration wait, List<String> columns, ProxySettings proxies, int requests) {
        return new SuperOfficeSettings(
                clientId,
                clientSecret,
                refreshToken,
                redirectUri,
                environment,
                contextIdentifier,
                loginUrl,
                apiUrl,
                language,
                size,
                rate,
                wait,
                httpTimeout,
                columns,
                proxies,
                requests);
    }

    @Override
    public String toString() {
        return "SuperOfficeSettings[clientId=" + clientId + ", clientSecret=***, refreshToken=***, redirectUri="
                + redirectUri + ", environment=" + environment + ", contextIdentifier=" + contextIdentifier
                + ", loginUrl=" + loginUrl + ", apiUrl=" + apiUrl + ", language=" + language + ", pageSize="
                + pageSize + ", maxRequestsPerSecond=" + maxRequestsPerSecond + ", maxRetryWait=" + maxRetryWait
                + ", httpTimeout=" + httpTimeout + ", udfColumns=" + udfColumns + ", proxy=" + proxy
                + ", maxConcurrentRequests=" + maxConcurrentRequests + "]";
    }

    /**
     * Each name goes into {@code $select} as it is, so a character that would split or end the list is refused here
     * rather than by the tenant halfway through a report.
     */
    private static List<String> udfColumns(List<String> columns) {
        if (columns == null) {
            return List.of();
        }
        List<String> names = columns.stream()
                .map(column -> Objects.requireNonNullElse(column, "").strip())
                .distinct()
                .toList();
        for (String name : names) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("SO_UDF_COLUMNS has an empty column name");
            }
            if (!name.matches("[A-Za-z0-9_/:.]+")) {
                throw new IllegalArgumentException("SO_UDF_COLUMNS: column " + (names.indexOf(name) + 1)
                        + " has characters an archive column name cannot have (letters, digits, _ / : . only)");
            }
        }
        return names;
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is required but empty");
        }
        return value.strip();
    }

    private static void requireHttp(URI uri, String key) {
        String scheme = uri.getScheme();
        if (uri.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException(key + " must be an http(s) URL with a host");
        }
    }

    static URI withTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }
}
