package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 6, through the command line: {@code --out -}, a symbolic link, a device, a socket, and {@code
 * SO_EXCEL}. The interrupted run (Ctrl+C, exit 130) is in {@link ReportJarIT}, in a JVM of its own.
 */
class ReportOutputTest {
    private static final String SALES = """
            SaleId;Heading;CustomerId;CustomerName
            1;2x Omnie;5;Bäckerei Müller
            2;Wartungsvertrag;6;Hotel Adler
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void sales() throws IOException {
        Files.writeString(dir.resolve("sales.csv"), SALES, StandardCharsets.UTF_8);
    }

    private CliRun report(String... more) {
        return CliRun.in(
                dir,
                Stream.concat(Stream.of("report", "--from", "sales.csv"), Stream.of(more))
                        .toArray(String[]::new));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void report_outDash_writesTheReportToStandardOutputAndNothingElse() throws IOException {
        CliRun toFile = report("--out", "r.csv");
        CliRun toStdout = report("--out", "-");

        assertThat(toStdout.exitCode).as(toStdout.toString()).isZero();
        assertThat(toStdout.out).isEqualTo(Files.readString(dir.resolve("r.csv"), StandardCharsets.UTF_8));
        assertThat(toStdout.out).startsWith("SaleId,SaleDate,").contains(",OMNIE,Omnie,2,");
        assertThat(toStdout.err)
                .startsWith("Report written to standard output: 2 rows.")
                .containsPattern("Sales read:\\s+2");
        assertThat(toFile.out).isEmpty();
        assertThat(files()).containsExactly("r.csv", "sales.csv");
    }

    @Test
    void report_outDashWithExcelOrJsonLines_writesThatFormat() {
        CliRun excel = report("--out", "-", "--excel");
        CliRun jsonl = report("--out", "-", "--format", "jsonl");

        assertThat(excel.out).startsWith("\uFEFFSaleId;SaleDate;").contains("\r\n");
        assertThat(jsonl.out.lines().toList())
                .hasSize(3)
                .allSatisfy(line -> assertThat(line).startsWith("{"))
                .last()
                .satisfies(summary -> assertThat(summary).startsWith("{\"summary\""));
    }

    @Test
    void report_outDashWhenTheRunFails_writesNothingToStandardOutput() throws IOException {
        Files.writeString(dir.resolve("sales.csv"), SALES + "3;\"Omnie;7;Kunz\n", StandardCharsets.UTF_8);

        CliRun run = report("--out", "-");

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out).isEmpty();
        assertThat(run.err).hasLineCount(1);
    }

    @Test
    void report_outIsASymbolicLink_writesThroughItAndKeepsTheLink() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("Vertrieb"));
        Path real = Files.writeString(shared.resolve("produkte.csv"), "last month\n");
        Path link = Files.createSymbolicLink(dir.resolve("report.csv"), real);

        CliRun run = report("--out", "report.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("SaleId,").contains(",OMNIE,");
        assertThat(run.err).startsWith("Report written to " + link + ": 2 rows.");
    }

    @Test
    void report_outIsACharacterDevice_writesIntoItWithoutReplacingIt() throws Exception {
        Path device = dir.resolve("null");
        Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3")
                .redirectErrorStream(true)
                .start();
        mknod.getInputStream().readAllBytes();
        if (mknod.waitFor() != 0) {
            device = Path.of("/dev/null"); // no root: the machine's own, which a non-root run cannot replace
        }

        CliRun run = report("--out", device.toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.size(device)).isZero();
    }

    @Test
    void report_outIsASocket_exits3WithOneLineAndLeavesIt() throws IOException {
        Path socket = dir.resolve("report.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));

            CliRun run = report("--out", "report.sock");

            assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(run.err).hasLineCount(1).contains("report.sock: is a socket");
            assertThat(Files.isRegularFile(socket, LinkOption.NOFOLLOW_LINKS)).isFalse();
        }
    }

    @Test
    void report_soExcelTrue_makesExcelTheDefaultAndNoExcelTurnsItOff() throws IOException {
        Files.writeString(dir.resolve(".env"), "SO_EXCEL=true\n");

        CliRun excel = report("--out", "excel.csv");
        CliRun plain = report("--out", "plain.csv", "--no-excel");
        CliRun jsonl = report("--out", "r.jsonl", "--format", "jsonl");

        assertThat(excel.exitCode).as(excel.toString()).isZero();
        assertThat(Files.readString(dir.resolve("excel.csv")))
                .startsWith("\uFEFFSaleId;")
                .contains("\r\n");
        assertThat(Files.readString(dir.resolve("plain.csv")))
                .startsWith("SaleId,")
                .doesNotContain("\r");
        assertThat(jsonl.exitCode).as("SO_EXCEL concerns CSV only").isZero();
        assertThat(excel.err + plain.err).doesNotContain("sandbox", "partly configured");
    }

    @Test
    void report_soExcelNotABoolean_exits3NamingTheKey() {
        CliRun run = CliRun.in(
                dir, Map.of("SO_EXCEL", "ja"), Modules.EMPTY_MODULE, "report", "--from", "sales.csv", "--out", "r.csv");

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err)
                .hasLineCount(1)
                .contains("SO_EXCEL (the environment): expected true or false")
                .doesNotContain("ja");
        assertThat(dir.resolve("r.csv")).doesNotExist();
    }

    @Test
    void report_explainWithOut_exits2() {
        CliRun run = report("--explain", "1", "--out", "r.csv");

        assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(run.err).contains("--explain writes no report");
    }
}
