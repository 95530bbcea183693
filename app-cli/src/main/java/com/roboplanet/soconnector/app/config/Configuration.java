package com.roboplanet.soconnector.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The connector's settings, layered: {@code .env} in the working directory, then the environment, then {@code
 * --config KEY=VALUE} flags, each overriding the one before. Only the keys of the {@link Setting} registry are taken;
 * the standard proxy variables ({@link #PROXY_VARIABLES}) are taken from the environment only, as every other program
 * reads them.
 *
 * <p>An unknown key is never ignored in silence: in {@code .env} (a {@code SO_*} or {@code SMTP_*} key, in any case)
 * and in {@code -c} (any key) it is an error naming the closest known key; in the environment, which other programs
 * share, it is a {@linkplain #warnings() warning}. A secret given with {@code -c} is a warning too: the process list
 * and the shell history keep it. Values are never put into a message, because any of them may be a secret pasted into
 * the wrong line.
 */
public final class Configuration {
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

    private static final String SEE_README = "README 'Configuration' lists every key";

    private final Map<String, String> values;
    private final Map<String, String> origins;
    private final List<String> warnings;
    private final Map<String, Setting> misspeltInEnvironment;

    private Configuration(
            Map<String, String> values,
            Map<String, String> origins,
            List<String> warnings,
            Map<String, Setting> misspeltInEnvironment) {
        this.values = Collections.unmodifiableMap(values);
        this.origins = Collections.unmodifiableMap(origins);
        this.warnings = List.copyOf(warnings);
        this.misspeltInEnvironment = Collections.unmodifiableMap(new LinkedHashMap<>(misspeltInEnvironment));
    }

    /** Settings given directly, e.g. by a test; keys are taken as they are. */
    public static Configuration of(Map<String, String> values) {
        Map<String, String> origins = new LinkedHashMap<>();
        values.keySet().forEach(k -> origins.put(k, "given"));
        return new Configuration(new LinkedHashMap<>(values), origins, List.of(), Map.of());
    }

    /**
     * Keys are upper case. In {@code .env} and {@code -c} a key in another case is refused naming its spelling; in the
     * environment it is taken when the environment itself ignores case, as Windows's does ({@code set so_client_id=...}
     * and {@code %SO_CLIENT_ID%} are one variable there; the JDK hands such an environment over as a map that ignores
     * case), and otherwise warned about naming its spelling, as a misspelt key is.
     *
     * @param envFile the {@code .env} file; a missing file is fine unless it was named explicitly
     * @param explicitFile whether the user named the file (then it must exist)
     * @param flags the {@code -c KEY=VALUE} flags in the order given
     * @throws ConfigurationException for an unreadable or malformed {@code .env}, or an unknown key in it or in a flag
     */
    public static Configuration load(
            Path envFile, boolean explicitFile, Map<String, String> environment, Map<String, String> flags) {
        Map<String, String> merged = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Setting> misspelt = new LinkedHashMap<>();
        if (Files.isRegularFile(envFile)) {
            Map<Setting, Integer> firstLine = new LinkedHashMap<>();
            for (DotEnvFile.Entry entry : DotEnvFile.read(envFile)) {
                String where = envFile + ":" + entry.line();
                if (Setting.ownPrefix(entry.key())) {
                    Setting setting = known(entry.key(), where, "");
                    Integer earlier = firstLine.putIfAbsent(setting, entry.line());
                    if (earlier != null) {
                        // The value is never shown; which line wins is what a person needs to know.
                        warnings.add(where + ": " + setting.name() + " is set again (first on line " + earlier
                                + "); this later line wins: remove one of them");
                    }
                    put(merged, origins, setting, entry.value(), where);
                }
            }
        } else if (Files.exists(envFile)) {
            throw new ConfigurationException(envFile + ": not a file (given with --env-file, or ./.env)");
        } else if (explicitFile) {
            throw new ConfigurationException(envFile + ": no such file (given with --env-file)");
        }
        boolean environmentIgnoresCase = ignoresCase(environment);
        environment.forEach((key, value) -> {
            if (!Setting.ownPrefix(key)) {
                return;
            }
            Optional<Setting> setting = Setting.of(key);
            Optional<Setting> sameLetters = Setting.of(key.toUpperCase(Locale.ROOT));
            if (setting.isEmpty() && sameLetters.isPresent() && environmentIgnoresCase) {
                setting = sameLetters;
            }
            if (setting.isEmpty()) {
                Optional<Setting> near =
                        sameLetters.or(() -> Closest.to(key, knownKeys()).flatMap(Setting::of));
                near.ifPresent(s -> misspelt.put(key, s));
                warnings.add("the environment sets " + key + ", which is not a setting of so-connector"
                        + (sameLetters.isPresent()
                                ? " (keys are upper case: " + sameLetters.get().key() + ")"
                                : near.map(s -> " (did you mean " + s.key() + "?)")
                                        .orElse(""))
                        + "; it is ignored");
            } else if (!setting.get().environmentOnly()) {
                put(merged, origins, setting.get(), value, "the environment");
            }
        });
        PROXY_VARIABLES.stream().filter(environment::containsKey).forEach(name -> {
            merged.put(name, environment.get(name));
            origins.put(name, "the environment");
        });
        flags.forEach((key, value) -> {
            String name = key.strip();
            if (!Setting.ownPrefix(name)) {
                // Not one of ours, so perhaps not a key at all: a token pasted with its padding ('abc==') is not named.
                throw new ConfigurationException("-c: a key that does not start with SO_ or SMTP_ is not a setting of"
                        + " so-connector (the key is not shown: it may be a value pasted without its key) ("
                        + SEE_README + ")");
            }
            Setting setting = known(name, "-c", "");
            if (setting.secret()) {
                warnings.add("-c " + setting.key() + " puts a secret on the command line, where the process list and"
                        + " the shell history keep it; put it in .env (readable only by you) or the environment");
            }
            put(merged, origins, setting, value, "-c");
        });
        merged.values().removeIf(String::isBlank);
        origins.keySet().retainAll(merged.keySet());
        return new Configuration(merged, origins, warnings, misspelt);
    }

    /** @throws ConfigurationException naming {@code where} and the closest known key */
    private static Setting known(String key, String where, String hint) {
        Optional<Setting> setting = Setting.of(key);
        if (setting.isEmpty()) {
            Optional<Setting> sameLetters = Setting.of(key.toUpperCase(Locale.ROOT));
            String suggestion = sameLetters
                    .map(s -> "; keys are upper case: " + s.key())
                    .orElseGet(() -> Closest.suggestion(key, knownKeys()));
            throw new ConfigurationException(where + ": " + key + " is not a setting of so-connector" + suggestion
                    + hint + " (" + SEE_README + ")");
        }
        if (setting.get().environmentOnly()) {
            throw new ConfigurationException(where + ": " + key + " is read by bin/so-connector from the environment"
                    + " before Java starts; set it there (export " + key + "=...)");
        }
        return setting.get();
    }

    /** Whether the map finds a key in any case: Windows's environment as the JDK hands it over. */
    private static boolean ignoresCase(Map<String, String> environment) {
        return environment.keySet().stream()
                .filter(k -> !k.equals(k.toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(k -> environment.containsKey(k.toLowerCase(Locale.ROOT)))
                .orElse(false);
    }

    private static void put(
            Map<String, String> merged, Map<String, String> origins, Setting setting, String value, String where) {
        merged.put(setting.key(), value);
        origins.put(setting.key(), where);
    }

    private static List<String> knownKeys() {
        return Arrays.stream(Setting.values()).map(Setting::key).toList();
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public String getOrDefault(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /**
     * The key's value read by {@code parser}, or {@code fallback} when unset.
     *
     * @throws ConfigurationException naming the key, where it was set and what was expected; never the value
     */
    public <T> T parsed(String key, T fallback, Function<String, T> parser, String expected) {
        String raw = values.get(key);
        if (raw == null) {
            return fallback;
        }
        try {
            return parser.apply(raw.strip());
        } catch (RuntimeException e) {
            throw invalid(key, "expected " + expected);
        }
    }

    /**
     * An invalid value, named by its key and where it was set ({@code .env} and line, the environment, {@code -c}).
     * The value is not shown and the parser's exception is not kept as a cause: either may repeat it.
     */
    public ConfigurationException invalid(String key, String problem) {
        return new ConfigurationException(key + " (" + origin(key) + "): " + problem);
    }

    /** Where the key's value came from: {@code /home/anna/.env:4}, {@code the environment} or {@code -c}. */
    public String origin(String key) {
        return origins.getOrDefault(key, "not set");
    }

    /** The keys among {@code required} that are not set, in order. */
    public List<String> missing(List<String> required) {
        return required.stream().filter(k -> !values.containsKey(k)).toList();
    }

    /** The keys that are set, for diagnostics: never the values, which may be secrets. */
    public TreeSet<String> keys() {
        return new TreeSet<>(values.keySet());
    }

    /** What the user should know about how the settings were read; one sentence each, never a value. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Keys of the environment that are not settings but are near one ({@code SO_SEND_STRATEGIES}): a command that
     * cannot be undone (sending mail) stops for them rather than go on without the setting that was meant.
     */
    public List<String> misspeltInEnvironment() {
        return List.copyOf(misspeltInEnvironment.keySet());
    }

    /**
     * Whether a key of the environment that is not a setting is near one that names a tenant ({@code so_client_id},
     * {@code SO_CLIENT_ID_}): then a run without tenant settings is not shown the built-in sandbox as a demo, as if
     * nothing had been set.
     */
    public boolean tenantKeyMisspeltInEnvironment() {
        return misspeltInEnvironment.values().stream().anyMatch(Setting::namesTenant);
    }

    @Override
    public String toString() {
        return "Configuration" + keys();
    }
}
