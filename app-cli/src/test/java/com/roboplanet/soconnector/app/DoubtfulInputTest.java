package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Doubtful input is named, with the file and line, and nothing is written: an empty catalogue, a header twice,
 * control characters in a CSV or .env; and every I/O failure says the operating system's reason.
 */
class DoubtfulInputTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void anExport() throws IOException {
        write("sales.csv", "SaleId,Heading,CustomerId\n1,2x Omnie,7\n2,BellaBot,8\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "code,name,aliases\n", "# nothing yet\n", "code,name,aliases\n# OMNIE,Omnie\n"})
    void report_emptyCatalogue_isAnErrorNamingTheFile(String catalogue) throws IOException {
        write("products.csv", catalogue);

        CliRun run = report("--catalog", "products.csv");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.firstErrLine())
                .isEqualTo("so-connector: " + dir.resolve("products.csv") + ": no product in the catalogue (only a"
                        + " header, comments or blank lines); expected lines code,name,aliases such as"
                        + " OMNIE,Omnie,Omnie|CD-01 (see docs/examples/products.csv)");
        assertNothingWritten();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Heading", "heading", "HEADING", "Head ing", "head-ing"})
    void report_headerTwice_isAnErrorNamingFileLineAndColumns(String again) throws IOException {
        write("sales.csv", "SaleId,Heading,CustomerId," + again + "\n1,2x Omnie,7,BellaBot\n");

        CliRun run = report();

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.firstErrLine())
                .isEqualTo("so-connector: " + dir.resolve("sales.csv") + ":1: the header names column '" + again
                        + "' twice (columns 2 and 4); rename one so that it is clear which is meant");
        assertNothingWritten();
    }

    /** Every control character a cell can bring, at the header, a row, and after a quoted line break. */
    static Stream<org.junit.jupiter.params.provider.Arguments> controlCharacters() {
        return Stream.of('\u0000', '\u0001', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f')
                .flatMap(c -> Stream.of(
                        org.junit.jupiter.params.provider.Arguments.of(
                                "SaleId,Head" + c + "ing,CustomerId\n1,Omnie,7\n", 1, 2, (int) c),
                        org.junit.jupiter.params.provider.Arguments.of(
                                "SaleId,Heading,CustomerId\n1,Omnie,7\n2,Bella" + c + "Bot,8\n", 3, 2, (int) c),
                        org.junit.jupiter.params.provider.Arguments.of(
                                "SaleId,Heading,CustomerId\n1,\"2x Omnie\nund " + c + "Bella\",7\n", 3, 2, (int) c)));
    }

    @ParameterizedTest(name = "U+{3} line {1}")
    @org.junit.jupiter.params.provider.MethodSource("controlCharacters")
    void report_controlCharacterInTheExport_isAnErrorWithLineAndColumn(String csv, int line, int column, int c)
            throws IOException {
        write("sales.csv", csv);

        CliRun run = report();

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.firstErrLine())
                .startsWith("so-connector: " + dir.resolve("sales.csv") + ":" + line + ": column " + column + " holds "
                        + (c == 0 ? "a NUL byte (U+0000)" : String.format("a control character (U+%04X)", c)));
        assertNothingWritten();
    }

    @Test
    void report_controlCharacterInTheCatalogue_isAProblemOfItsLine() throws IOException {
        write("products.csv", "code,name,aliases\nOMNIE,Omnie,Omnie\nBELLA,Bella\u0000Bot,BellaBot\n");

        CliRun run = report("--catalog", "products.csv");

        assertThat(run.firstErrLine())
                .startsWith("so-connector: " + dir.resolve("products.csv") + ":3: the line holds a NUL byte");
        assertNothingWritten();
    }

    @Test
    void report_outInAMissingFolder_namesTheFolder() {
        CliRun run = report("--out", "missing/deeper/report.csv");

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.firstErrLine())
                .isEqualTo("so-connector: cannot write report " + dir.resolve("missing/deeper/report.csv")
                        + ": no such directory " + dir.resolve("missing"));
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void report_outBelowAFile_saysTheFileIsNoFolder() throws IOException {
        write("notes.txt", "x");

        CliRun run = report("--out", "notes.txt/report.csv");

        assertThat(run.firstErrLine())
                .isEqualTo("so-connector: cannot write report " + dir.resolve("notes.txt/report.csv") + ": "
                        + dir.resolve("notes.txt") + " is a file, not a directory");
    }

    @Test
    void suggestKeywords_writeInAMissingFolder_namesTheFolderWithExit3() {
        CliRun run = CliRun.unattended(
                dir, env, Modules.EMPTY_MODULE, "suggest-keywords", "--from-csv", "sales.csv", "--write", "no/p.csv");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err)
                .contains("so-connector: cannot write catalogue " + dir.resolve("no/p.csv") + ": no such directory "
                        + dir.resolve("no"));
    }

    @Test
    void send_journalNamingAFile_saysItIsNotAFolderAndTheWayOut() throws IOException {
        FakeSuperOffice crm = FakeSuperOffice.restricted();
        write("body.txt", "Hallo");
        write("outbox", "not a folder");

        CliRun run = CliRun.in(
                dir,
                env,
                crm.module(),
                "send",
                "--rep",
                "5",
                "--to",
                "380",
                "--subject",
                "Angebot",
                "--body-file",
                "body.txt",
                "--journal",
                "outbox");

        assertThat(run.firstErrLine())
                .isEqualTo("so-connector: --journal " + dir.resolve("outbox") + " is a file, not a folder: the journal"
                        + " is a folder of its own (created when missing); name one with --journal DIR, or move the"
                        + " file away");
        assertThat(crm.handoff.calls()).isEmpty();
        assertThat(crm.emailAgent.calls()).isEmpty();
    }

    @Test
    void sendBatch_resultsInAMissingFolder_namesTheFolder() throws IOException {
        FakeSuperOffice crm = FakeSuperOffice.restricted();
        write("template.txt", "Subject: Angebot\n\nHallo {{person.firstName}}\n");
        write("recipients.csv", "to\n380\n");

        CliRun run = CliRun.in(
                dir,
                env,
                crm.module(),
                "send",
                "--batch",
                "recipients.csv",
                "--template",
                "template.txt",
                "--rep",
                "5",
                "--results",
                "missing/results.csv",
                "--journal",
                "outbox");

        assertThat(run.err)
                .contains(dir.resolve("missing/results.csv") + ": cannot write the file: no such directory "
                        + dir.resolve("missing"));
        assertThat(crm.handoff.calls()).isEmpty();
    }

    @Test
    void report_controlCharacterInDotEnv_namesTheLine() throws IOException {
        write(".env", "SO_UDF_PRODUCT_PATTERN=x\nSO_PAGE_SIZE=5\u00000\n");

        CliRun run = report();

        assertThat(run.firstErrLine())
                .isEqualTo("so-connector: " + dir.resolve(".env") + ":2: a control character (U+0000) in the line;"
                        + " expected KEY=value text");
        assertNothingWritten();
    }

    private CliRun report(String... extra) {
        String[] args = Stream.concat(Stream.of("report", "--from-csv", "sales.csv"), Stream.of(extra))
                .toArray(String[]::new);
        return CliRun.unattended(dir, env, Modules.EMPTY_MODULE, args);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** No report and no temporary file beside it. */
    private void assertNothingWritten() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("product_report") || name.endsWith(".tmp"));
        }
    }
}
