package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.inject.Guice;
import com.google.inject.util.Modules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command's help has an Examples section, and every example parses as the command it stands under. */
class HelpExamplesTest {

    private static CommandLine tree() {
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        return Main.commandLine(
                Guice.createInjector(Modules.override(new AppModule(AppContext.unconfigured(console, Path.of("."))))
                        .with(Modules.EMPTY_MODULE)),
                console);
    }

    @Test
    void everyCommand_hasExamplesInItsHelp() {
        List<CommandLine> all = new ArrayList<>();
        HelpExamples.collect(tree(), all);

        assertThat(all).hasSizeGreaterThan(10).allSatisfy(command -> {
            String name = command.getCommandSpec().qualifiedName();
            assertThat(HelpExamples.BY_COMMAND).as(name).containsKey(name);
            assertThat(command.getUsageMessage()).as(name).contains("Examples:\n  " + name);
            // picocli hands the root's section keys down: the section once, not once per level.
            assertThat(command.getUsageMessage().split("Examples:", -1))
                    .as(name)
                    .hasSize(2);
        });
        assertThat(HelpExamples.BY_COMMAND.keySet())
                .containsExactlyInAnyOrderElementsOf(all.stream()
                        .map(c -> c.getCommandSpec().qualifiedName())
                        .toList());
    }

    static Stream<Arguments> examples() {
        return HelpExamples.BY_COMMAND.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(example -> Arguments.of(e.getKey(), example.commandLine())));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void example_parsesAsItsCommand(String command, String example) {
        List<String> words = words(example);
        assertThat(String.join(" ", words)).startsWith(command);
        CommandLine tree = tree();

        assertThatCode(() -> tree.parseArgs(words.subList(1, words.size()).toArray(String[]::new)))
                .as(example)
                .doesNotThrowAnyException();
    }

    /** The words a shell passes, up to a redirection: double quotes group, {@code >} ends the arguments. */
    private static List<String> words(String commandLine) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : (commandLine + " ").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (word.length() > 0) {
                    if (word.toString().equals(">")) {
                        return words;
                    }
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        return words;
    }
}
