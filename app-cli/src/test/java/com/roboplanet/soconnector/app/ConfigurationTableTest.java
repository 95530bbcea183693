package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.app.config.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README's "Configuration" table and the key registry ({@link Setting}) cannot disagree: the table is exactly the
 * registry, row by row, key, default and meaning. A failure prints the table the registry gives.
 */
class ConfigurationTableTest {
    private static final Path README =
            Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolveSibling("README.md");

    @Test
    void readmeTable_isTheRegistry() throws IOException {
        List<String> expected = Arrays.stream(Setting.values())
                .map(s -> "| `" + s.key() + "` | " + s.defaultText() + " | " + s.meaning() + " |")
                .toList();

        assertThat(tableRows())
                .as("README 'Configuration' table; the registry gives:%n%s", String.join("\n", expected))
                .containsExactlyElementsOf(expected);
    }

    /** The rows of the first table under "## Configuration", without its header and separator. */
    private static List<String> tableRows() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int section = lines.indexOf("## Configuration");
        assertThat(section).as("README has a '## Configuration' section").isNotNegative();
        List<String> after = lines.subList(section + 1, lines.size());
        int start = 0;
        while (!after.get(start).startsWith("| key |")) {
            start++;
        }
        int end = start + 2;
        while (end < after.size() && after.get(end).startsWith("|")) {
            end++;
        }
        return after.subList(start + 2, end);
    }
}
