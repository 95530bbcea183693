package com.roboplanet.soconnector.app.config;

import com.roboplanet.soconnector.adapters.superoffice.ProxySettings;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeMailSettings;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeSettings;
import com.roboplanet.soconnector.domain.model.TenantId;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Maps the {@code SO_*} keys onto the adapter's settings, naming every missing or invalid key. */
public final class SuperOfficeConfig {
    public static final List<String> REQUIRED = List.of(
            "SO_CLIENT_ID",
            "SO_CLIENT_SECRET",
            "SO_REFRESH_TOKEN",
            "SO_REDIRECT_URI",
            "SO_ENVIRONMENT",
            "SO_CONTEXT_IDENTIFIER");

    public static final String UDF_COLUMNS = "SO_UDF_COLUMNS";
    public static final String MAIL_TEMPLATE_ID = "SO_MAIL_TEMPLATE_ID";
    public static final String HANDOFF_TASK_ID = "SO_HANDOFF_TASK_ID";
    public static final String SEND_STRATEGY = "SO_SEND_STRATEGY";
    /** A proxy URL for every SuperOffice request, or {@code direct}; overrides the environment and Java's properties. */
    public static final String PROXY = "SO_PROXY";
    /** The most SuperOffice requests in flight at once (default 2): a read fetches ahead while it matches. */
    public static final String MAX_CONCURRENT_REQUESTS = "SO_MAX_CONCURRENT_REQUESTS";

    public static final String UDF_PRODUCT_PATTERN = "SO_UDF_PRODUCT_PATTERN";
    /**
     * Codes of the distributor's price list: two capital letters, then two to four dash-separated groups of capitals
     * and digits ({@code RR-02-017-OMNIE}, {@code PD-BB-PRO-01}, {@code SP-BRUSH-CC1}); a bare model name such as
     * {@code CD-01} has one group only, so free text in a field is not taken for a code.
     */
    public static final String DEFAULT_UDF_PRODUCT_PATTERN = "\\b[A-Z]{2}(?:-[A-Z0-9]+){2,4}\\b";
    /** The sandbox's "Artikelnummer" field, selected when no tenant is configured so that the demo shows UDF rows. */
    public static final List<String> SANDBOX_UDF_COLUMNS = List.of("saleUdef/SuperOffice:1");

    private SuperOfficeConfig() {}

    /**
     * True when the user has not configured a tenant at all: no key that {@linkplain Setting#namesTenant() names a
     * tenant} is set. The product pattern, the send choices, the proxy and the export columns describe how to use a
     * tenant, not which one, so they can be tried against the built-in sandbox.
     */
    public static boolean absent(Configuration config) {
        return config.keys().stream()
                .map(Setting::of)
                .flatMap(java.util.Optional::stream)
                .noneMatch(Setting::namesTenant);
    }

    /**
     * True when {@code SO_ENVIRONMENT=sandbox} asks for the built-in sandbox: without {@code SO_LOGIN_URL}, which would
     * point at a sandbox that {@code so-connector sandbox} runs elsewhere.
     */
    public static boolean builtInSandboxAsked(Configuration config) {
        return config.get("SO_ENVIRONMENT")
                        .map(String::strip)
                        .filter("sandbox"::equalsIgnoreCase)
                        .isPresent()
                && config.get("SO_LOGIN_URL").isEmpty();
    }

    /** The pattern product codes in user-defined fields must match; an empty value turns the scan off. */
    public static List<Pattern> udfProductPatterns(Configuration config) {
        String regex = config.getOrDefault(UDF_PRODUCT_PATTERN, DEFAULT_UDF_PRODUCT_PATTERN)
                .strip();
        if (regex.isEmpty()) {
            return List.of();
        }
        try {
            return List.of(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            throw config.invalid(
                    UDF_PRODUCT_PATTERN,
                    "not a valid Java regular expression (" + e.getDescription() + " at index " + e.getIndex() + ")");
        }
    }

    /** SO_MAIL_TEMPLATE_ID and SO_HANDOFF_TASK_ID; unset ones are found in the tenant's lists. */
    public static SuperOfficeMailSettings mailSettings(Configuration config) {
        return new SuperOfficeMailSettings(
                config.parsed(MAIL_TEMPLATE_ID, null, SuperOfficeConfig::positiveId, "a positive document template id"),
                config.parsed(HANDOFF_TASK_ID, null, SuperOfficeConfig::positiveId, "a positive task list item id"));
    }

    private static Long positiveId(String text) {
        long id = Long.parseLong(text);
        if (id <= 0) {
            throw new IllegalArgumentException("not positive");
        }
        return id;
    }

    /**
     * The tenant the settings name, from SO_ENVIRONMENT and SO_CONTEXT_IDENTIFIER alone (no connection).
     *
     * @throws ConfigurationException naming the missing or invalid key
     */
    public static TenantId tenant(Configuration config) {
        List<String> missing = config.missing(List.of("SO_ENVIRONMENT", "SO_CONTEXT_IDENTIFIER"));
        if (!missing.isEmpty()) {
            throw new ConfigurationException("SuperOffice is partly configured: missing " + String.join(", ", missing)
                    + " (set them in .env or the environment; see README 'Configuration')");
        }
        try {
            return new TenantId(
                    config.get("SO_ENVIRONMENT").orElseThrow(),
                    config.get("SO_CONTEXT_IDENTIFIER").orElseThrow());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }

    public static SuperOfficeSettings settings(Configuration config) {
        List<String> missing = config.missing(REQUIRED);
        if (!missing.isEmpty()) {
            throw new ConfigurationException("SuperOffice is partly configured: missing " + String.join(", ", missing)
                    + " (set them in .env or the environment; see README 'Configuration')");
        }
        try {
            return new SuperOfficeSettings(
                    config.get("SO_CLIENT_ID").orElseThrow(),
                    config.get("SO_CLIENT_SECRET").orElseThrow(),
                    config.get("SO_REFRESH_TOKEN").orElseThrow(),
                    config.get("SO_REDIRECT_URI").orElseThrow(),
                    config.get("SO_ENVIRONMENT").orElseThrow(),
                    config.get("SO_CONTEXT_IDENTIFIER").orElseThrow(),
                    config.parsed("SO_LOGIN_URL", null, URI::create, "a URL such as https://online.superoffice.com"),
                    config.parsed("SO_API_URL", null, URI::create, "a URL ending in /api/"),
                    config.getOrDefault("SO_LANGUAGE", SuperOfficeSettings.DEFAULT_LANGUAGE),
                    config.parsed(
                            "SO_PAGE_SIZE", SuperOfficeSettings.DEFAULT_PAGE_SIZE, Integer::parseInt, "a whole number"),
                    config.parsed(
                            "SO_MAX_REQUESTS_PER_SECOND",
                            SuperOfficeSettings.DEFAULT_MAX_REQUESTS_PER_SECOND,
                            Double::parseDouble,
                            "a number"),
                    config.parsed(
                            "SO_MAX_RETRY_WAIT",
                            SuperOfficeSettings.DEFAULT_MAX_RETRY_WAIT,
                            SuperOfficeConfig::duration,
                            "seconds, e.g. 120 or 120s"),
                    config.parsed(
                            "SO_HTTP_TIMEOUT",
                            SuperOfficeSettings.DEFAULT_HTTP_TIMEOUT,
                            SuperOfficeConfig::duration,
                            "seconds, e.g. 30 or 30s"),
                    udfColumns(config),
                    proxy(config),
                    config.parsed(
                            MAX_CONCURRENT_REQUESTS,
                            SuperOfficeSettings.DEFAULT_MAX_CONCURRENT_REQUESTS,
                            Integer::parseInt,
                            "a whole number from 1 to " + SuperOfficeSettings.MAX_CONCURRENT_REQUESTS));
        } catch (IllegalArgumentException e) {
            // Without the cause: a parser's exception may repeat the value, and --debug prints causes.
            throw new ConfigurationException(e.getMessage());
        }
    }

    /**
     * SO_PROXY, then Java's proxy properties of this JVM, then the proxy variables of the environment (see {@link
     * ProxySettings}).
     *
     * @throws IllegalArgumentException naming the variable or property that cannot be used
     */
    static ProxySettings proxy(Configuration config) {
        Map<String, String> environment = new HashMap<>();
        Configuration.PROXY_VARIABLES.forEach(
                name -> config.get(name).ifPresent(value -> environment.put(name, value)));
        Map<String, String> properties = new HashMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("http.") || name.startsWith("https."))
                .forEach(name -> properties.put(name, System.getProperty(name)));
        return ProxySettings.resolve(config.get(PROXY).orElse(null), environment, properties);
    }

    private static List<String> udfColumns(Configuration config) {
        return config.get(UDF_COLUMNS)
                .map(list -> Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /** {@code 120}, {@code 120s}, {@code 2m} or ISO-8601 {@code PT2M}. */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("pt")) {
            return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
        }
        if (t.endsWith("ms")) {
            return Duration.ofMillis(
                    Long.parseLong(t.substring(0, t.length() - 2).strip()));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(
                    Long.parseLong(t.substring(0, t.length() - 1).strip()));
        }
        return Duration.ofSeconds(
                Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1).strip() : t));
    }
}
