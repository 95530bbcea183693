package com.roboplanet.soconnector.app.config;

import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Maps the {@code SO_*} keys onto the adapter's settings, naming every missing or invalid key. */
public final class SuperOfficeConfig {
    public static final List<String> REQUIRED = List.of(
            "SO_CLIENT_ID",
            "SO_CLIENT_SECRET",
            "SO_REFRESH_TOKEN",
            "SO_REDIRECT_URI",
            "SO_ENVIRONMENT",
            "SO_CONTEXT_IDENTIFIER");

    private SuperOfficeConfig() {}

    /** True when the user has not configured a tenant at all: the sandbox stands in. */
    public static boolean absent(Configuration config) {
        return !config.hasAnyWithPrefix("SO_");
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
                            "seconds, e.g. 30 or 30s"));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
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
