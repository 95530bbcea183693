package com.roboplanet.soconnector.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A key of the environment in another case than upper: Windows's environment ignores case ({@code set
 * so_client_id=...} is {@code %SO_CLIENT_ID%}), so there it is the setting; elsewhere it is another variable, warned
 * about with the right spelling, never ignored in silence. Generated for every key of the registry in lower and mixed
 * case.
 */
class EnvironmentKeyCaseTest {
    private static final Path NO_FILE = Path.of("target", "no-such-dir", ".env");

    static Stream<Arguments> keysInOtherCases() {
        return Arrays.stream(Setting.values())
                .filter(s -> !s.environmentOnly())
                .flatMap(s -> Stream.of(s.key().toLowerCase(Locale.ROOT), mixed(s.key()))
                        .map(spelling -> Arguments.of(s, spelling)));
    }

    /** So_Client_Id: each word capitalised, as people type variable names in Windows's dialog. */
    private static String mixed(String key) {
        StringBuilder out = new StringBuilder();
        for (String word : key.split("_")) {
            out.append(out.length() == 0 ? "" : "_")
                    .append(word.charAt(0))
                    .append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("keysInOtherCases")
    void load_keyInOtherCaseInAnEnvironmentThatIgnoresCase_isTheSetting(Setting setting, String spelling) {
        Map<String, String> windows = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        windows.put("Path", "C:\\Windows");
        windows.put(spelling, "value-1");

        Configuration config = Configuration.load(NO_FILE, false, windows, Map.of());

        assertThat(config.get(setting.key())).hasValue("value-1");
        assertThat(config.origin(setting.key())).isEqualTo("the environment");
        assertThat(config.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("keysInOtherCases")
    void load_keyInOtherCaseInAnEnvironmentThatHeedsCase_warnsWithTheSpellingAndIsNotTaken(
            Setting setting, String spelling) {
        Map<String, String> posix = new HashMap<>(Map.of("PATH", "/usr/bin", spelling, "value-1"));

        Configuration config = Configuration.load(NO_FILE, false, posix, Map.of());

        assertThat(config.get(setting.key())).isEmpty();
        assertThat(config.warnings())
                .containsExactly("the environment sets " + spelling + ", which is not a setting of so-connector (keys"
                        + " are upper case: " + setting.key() + "); it is ignored");
        assertThat(config.misspeltInEnvironment()).isEqualTo(List.of(spelling));
        assertThat(config.tenantKeyMisspeltInEnvironment()).isEqualTo(setting.namesTenant());
    }
}
