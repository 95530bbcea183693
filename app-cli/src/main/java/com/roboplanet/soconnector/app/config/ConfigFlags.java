package com.roboplanet.soconnector.app.config;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code -c KEY=VALUE} flags as picocli hands them over (one string each, unchecked), split into keys and values.
 * A flag that is not {@code KEY=VALUE} is a mistyped command line, and its text is the one thing the message must not
 * repeat: {@code -c "SO_REFRESH_TOKEN eyJ..."} (a space for the {@code =}) is a token on its way to a terminal
 * recording or a CI log. So a malformed flag is named by its position, and by the setting it starts with when it
 * starts with one, never by its text.
 */
public final class ConfigFlags {
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ConfigFlags() {}

    /**
     * @param flags the values of {@code -c}/{@code --config} in the order given
     * @return the keys (stripped) and their values, later flags winning
     * @throws IllegalArgumentException for a flag without {@code =} or without a KEY before it; the message names the
     *     flag's position and what to write, never its text
     */
    public static Map<String, String> parse(List<String> flags) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (int i = 0; i < flags.size(); i++) {
            String flag = flags.get(i);
            int eq = flag.indexOf('=');
            String key = eq < 0 ? "" : flag.substring(0, eq).strip();
            if (eq < 0 || !KEY.matcher(key).matches()) {
                throw new IllegalArgumentException(problem(flag, eq, i + 1, flags.size()));
            }
            parsed.put(key, flag.substring(eq + 1));
        }
        return parsed;
    }

    private static String problem(String flag, int eq, int position, int count) {
        String which = count == 1 ? "-c" : "-c number " + position + " of " + count;
        String what = eq < 0 ? "has no '='" : "has no KEY of letters, digits and '_' before its '='";
        return which + " expects KEY=VALUE but " + what + " (its text is not shown: it may hold a secret)"
                + settingAtStart(flag)
                        .map(key -> "; write -c " + key + "=VALUE, or better put the line into .env")
                        .orElse("");
    }

    /** The setting whose name the flag starts with, followed by something that is not part of a key. */
    private static Optional<String> settingAtStart(String flag) {
        String upper = flag.stripLeading().toUpperCase(Locale.ROOT);
        return Arrays.stream(Setting.values())
                .map(Setting::key)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .filter(key -> upper.startsWith(key)
                        && (upper.length() == key.length() || !isKeyChar(upper.charAt(key.length()))))
                .findFirst();
    }

    private static boolean isKeyChar(char c) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
