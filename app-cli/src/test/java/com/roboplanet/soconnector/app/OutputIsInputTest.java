package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A command never writes over a file it reads: every output option against every input option of the same command,
 * the file named as given, by another spelling of its path, through a symbolic link and through a hard link. Exit code
 * 3 naming the option, and every file as it was.
 */
class OutputIsInputTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("sales.csv"), "SaleId,Heading,CustomerId\n1,2x Omnie,7\n");
        Files.writeString(dir.resolve("products.csv"), "# ours\ncode,name,aliases\nOMNIE,Omnie,Omnie\n");
        Files.writeString(dir.resolve("list.csv"), "to;anlass\n380;Messe\n");
        Files.writeString(dir.resolve("mail.txt"), "Subject: Hallo\n\nText\n");
        Files.createDirectories(dir.resolve("sub"));
    }

    /** A command with an input and an output option naming the same file; the output's spelling is decided later. */
    private record Clash(String input, String output, List<String> args) {}

    private static List<Clash> clashes() {
        List<String> report = List.of("report", "--from", "sales.csv", "--catalog", "products.csv");
        List<String> suggest = List.of("suggest-keywords", "--from", "sales.csv", "--catalog", "products.csv");
        List<String> batch =
                List.of("send", "--batch", "list.csv", "--template", "mail.txt", "--rep", "5", "--journal", "outbox");
        return List.of(
                new Clash("sales.csv", "--out", report),
                new Clash("products.csv", "--out", report),
                new Clash("sales.csv", "--html", report),
                new Clash("products.csv", "--html", report),
                new Clash("sales.csv", "--write", suggest),
                new Clash("products.csv", "--write", suggest),
                new Clash("list.csv", "--results", batch),
                new Clash("mail.txt", "--results", batch));
    }

    static Stream<Arguments> commandLines() {
        return clashes().stream()
                .flatMap(clash -> Stream.of("as given", "another spelling", "symbolic link", "hard link")
                        .map(spelling -> Arguments.of(
                                clash.output() + " = " + clash.input() + ", " + spelling, clash, spelling)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void anyCommand_outputIsAnInput_exits3AndTouchesNothing(String name, Clash clash, String spelling)
            throws IOException {
        String output = switch (spelling) {
            case "as given" -> clash.input();
            case "another spelling" -> "sub/../" + clash.input();
            case "symbolic link" ->
                Files.createSymbolicLink(dir.resolve("link"), dir.resolve(clash.input()))
                        .getFileName()
                        .toString();
            case "hard link" ->
                Files.createLink(dir.resolve("hard"), dir.resolve(clash.input()))
                        .getFileName()
                        .toString();
            default -> throw new IllegalArgumentException(spelling);
        };
        Map<String, String> before = contents();
        List<String> args = new ArrayList<>(clash.args());
        args.addAll(List.of(clash.output(), output));

        CliRun run = CliRun.in(dir, args.toArray(String[]::new));

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err.lines().filter(l -> l.startsWith("so-connector: ")).toList())
                .as(run.toString())
                .singleElement()
                .asString()
                .startsWith("so-connector: " + clash.output() + " " + dir.resolve(output) + " is the file of ")
                .contains("writing it would overwrite what the command reads; name another file");
        assertThat(contents()).isEqualTo(before);
    }

    /** Every file under the folder with its content, links and the journal included. */
    private Map<String, String> contents() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
