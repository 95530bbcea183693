package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code send} example of the README runs as printed against the built-in sandbox (issue 16): the commands are
 * copied from README.md itself, in a folder that has the example body file at the path the README names.
 */
class ReadmeSendExampleTest {
    private static final Path REPOSITORY = Path.of(System.getProperty("so.repository.root", ".."))
            .toAbsolutePath()
            .normalize();

    @TempDir
    Path dir;

    @Test
    void readmeSendExample_runsAsPrintedAgainstTheBuiltInSandbox() throws IOException {
        List<List<String>> commands = sendExample();
        assertThat(commands).as("the README's send example").hasSize(2);
        List<String> first = commands.get(0);
        String file = first.get(first.indexOf("--body-file") + 1);
        Files.createDirectories(dir.resolve(file).getParent());
        Files.copy(REPOSITORY.resolve(file), dir.resolve(file));
        Map<String, String> env = Map.of("HOME", dir.resolve("home").toString());

        CliRun dryRun = CliRun.in(dir, env, Modules.EMPTY_MODULE, args(commands.get(0)));
        CliRun sent = CliRun.in(dir, env, Modules.EMPTY_MODULE, args(commands.get(1)));

        assertThat(dryRun.exitCode).as(dryRun.toString()).isZero();
        assertThat(dryRun.out).contains("Dry run for key ", "from rep: ", "to: ");
        assertThat(sent.exitCode).as(sent.toString()).isZero();
        assertThat(sent.out).contains("Status:     HANDED_OFF", "Strategy:   activity-handoff");
        assertThat(sent.err).contains("built-in SuperOffice sandbox");
    }

    /** The {@code bin/so-connector send} lines of the first bash block under "### `send`", split like a shell would. */
    private static List<List<String>> sendExample() throws IOException {
        String readme = Files.readString(REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("### `send`\n"));
        String block = section.substring(
                section.indexOf("```bash\n") + 8, section.indexOf("```", section.indexOf("```bash\n") + 8));
        List<List<String>> commands = new ArrayList<>();
        for (String line : block.lines().toList()) {
            if (line.startsWith("bin/so-connector send ")) {
                commands.add(words(line));
            }
        }
        return commands;
    }

    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words;
    }

    private static String[] args(List<String> command) {
        return command.subList(1, command.size()).toArray(String[]::new);
    }
}
