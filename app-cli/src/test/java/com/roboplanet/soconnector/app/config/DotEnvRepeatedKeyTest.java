package com.roboplanet.soconnector.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A key set twice in .env (a pasted block over an old one) is named with both lines, never with its values. */
class DotEnvRepeatedKeyTest {
    @TempDir
    Path dir;

    /** Every key a .env may hold (SO_CONNECTOR_JAVA_OPTS is read by the launcher, before Java: refused there). */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Setting.class, names = "SO_CONNECTOR_JAVA_OPTS", mode = EnumSource.Mode.EXCLUDE)
    void load_keySetTwice_warnsNamingBothLinesAndNoValue(Setting setting) throws Exception {
        Path env = dir.resolve(".env");
        Files.writeString(
                env,
                "# tenant\n" + setting.name() + "=first-secret-1\nOTHER_THING=x\n" + setting.name() + "=second-2\n");

        Configuration config = Configuration.load(env, true, Map.of(), Map.of());

        assertThat(config.warnings())
                .contains(env + ":4: " + setting.name() + " is set again (first on line 2); this later line wins:"
                        + " remove one of them");
        assertThat(String.join("\n", config.warnings())).doesNotContain("first-secret-1", "second-2");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Setting.class, names = "SO_CONNECTOR_JAVA_OPTS", mode = EnumSource.Mode.EXCLUDE)
    void load_keySetOnce_noRepeatWarning(Setting setting) throws Exception {
        Path env = dir.resolve(".env");
        Files.writeString(env, setting.name() + "=value-1\n");

        Configuration config = Configuration.load(env, true, Map.of(), Map.of());

        assertThat(config.warnings()).noneMatch(w -> w.contains("is set again"));
    }
}
