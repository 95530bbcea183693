package com.roboplanet.soconnector.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The connector's settings, layered: {@code .env} in the working directory, then the environment, then
 * {@code --config KEY=VALUE} flags, each overriding the one before. Only the keys the connector knows
 * ({@code SO_*}, {@code SMTP_*}) are taken from the environment, so unrelated variables never leak in; the standard
 * proxy variables ({@link #PROXY_VARIABLES}) are taken from the environment only, as every other program reads them.
 */
public final class Configuration {
    private static final List<String> PREFIXES = List.of("SO_", "SMTP_");
    /**
     * The proxy variables as curl reads them, in both cases, and {@code REQUEST_METHOD} (set when running as a CGI
     * script, where {@code HTTP_PROXY} comes from a request header and must not be trusted).
     */
    public static final List<String> PROXY_VARIABLES = List.of(
            "https_proxy",
            "HTTPS_PROXY",
            "http_proxy",
            "HTTP_PROXY",
            "all_proxy",
            "ALL_PROXY",
            "no_proxy",
            "NO_PROXY",
            "REQUEST_METHOD");

    private final Map<String, String> values;

    private Configuration(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Configuration of(Map<String, String> values) {
        return new Configuration(new LinkedHashMap<>(values));
    }

    /**
     * @param envFile the {@code .env} file; a missing file is fine unless it was named explicitly
     * @param explicitFile whether the user named the file (then it must exist)
     */
    public static Configuration load(
            Path envFile, boolean explicitFile, Map<String, String> environment, Map<String, String> flags) {
        Map<String, String> merged = new LinkedHashMap<>();
        if (Files.exists(envFile)) {
            putKnown(merged, DotEnvFile.read(envFile));
        } else if (explicitFile) {
            throw new ConfigurationException(envFile + ": no such file (given with --env-file)");
        }
        putKnown(merged, environment);
        PROXY_VARIABLES.stream()
                .filter(environment::containsKey)
                .forEach(name -> merged.put(name, environment.get(name)));
        merged.putAll(flags);
        merged.values().removeIf(String::isBlank);
        return new Configuration(merged);
    }

    private static void putKnown(Map<String, String> target, Map<String, String> source) {
        source.forEach((k, v) -> {
            if (PREFIXES.stream().anyMatch(k::startsWith)) {
                target.put(k, v);
            }
        });
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public String getOrDefault(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public <T> T parsed(String key, T fallback, Function<String, T> parser, String expected) {
        String raw = values.get(key);
        if (raw == null) {
            return fallback;
        }
        try {
            return parser.apply(raw.strip());
        } catch (RuntimeException e) {
            throw new ConfigurationException(key + ": expected " + expected + ", got '" + raw + "'", e);
        }
    }

    /** The keys among {@code required} that are not set, in order. */
    public List<String> missing(List<String> required) {
        return required.stream().filter(k -> !values.containsKey(k)).toList();
    }

    /** The keys that are set, for diagnostics: never the values, which may be secrets. */
    public TreeSet<String> keys() {
        return new TreeSet<>(values.keySet());
    }

    @Override
    public String toString() {
        return "Configuration" + keys();
    }
}
