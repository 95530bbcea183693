package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A journal is a folder: a file where it should be is invalid input (exit code 3), named with the way out, in every
 * mode of send, before anything is read, sent or written.
 */
class JournalPlaceTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("body.txt"), "Hallo");
        Files.writeString(dir.resolve("list.csv"), "to;anlass\n1;Messe\n");
        Files.writeString(dir.resolve("mail.txt"), "Subject: Hallo\n\nText\n");
        Files.writeString(dir.resolve("journal"), "not a folder\n");
    }

    static Stream<Arguments> modes() {
        List<List<String>> modes = List.of(
                List.of("--rep", "1", "--to", "1", "--subject", "Angebot", "--body-file", "body.txt"),
                List.of("--rep", "1", "--to", "1", "--subject", "Angebot", "--body-file", "body.txt", "--dry-run"),
                List.of("--batch", "list.csv", "--template", "mail.txt", "--rep", "1"),
                List.of("--batch", "list.csv", "--template", "mail.txt", "--rep", "1", "--dry-run"),
                List.of("--resume"),
                List.of("--resume", "--dry-run"),
                List.of("--resolve", "abc", "--sent"),
                List.of("--resolve", "abc", "--not-sent"));
        return modes.stream()
                .flatMap(mode -> Stream.of("journal", "journal/tenant").map(place -> Arguments.of(mode, place)));
    }

    @ParameterizedTest(name = "{0} --journal {1}")
    @MethodSource("modes")
    void send_journalPlaceIsAFile_exits3NamingItAndTheWayOut(List<String> mode, String place) throws IOException {
        List<String> args = new ArrayList<>(List.of("send", "--sandbox", "--journal", place));
        args.addAll(mode);

        CliRun run = CliRun.in(dir, args.toArray(String[]::new));

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err.lines().filter(l -> l.startsWith("so-connector:")).toList())
                .as(run.toString())
                .singleElement()
                .asString()
                .startsWith("so-connector: --journal " + dir.resolve(place) + " is")
                .contains("a file, not a folder")
                .endsWith("name one with --journal DIR, or move the file away");
        assertThat(run.out).isEmpty();
        assertThat(Files.readString(dir.resolve("journal"))).isEqualTo("not a folder\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("body.txt", "list.csv", "mail.txt", "journal");
        }
    }
}
