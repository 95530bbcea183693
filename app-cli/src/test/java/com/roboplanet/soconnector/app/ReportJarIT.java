package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.sandbox.Faults;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15, item 6, with the packaged jar in a JVM of its own, as people run it: Ctrl+C during a report (SIGINT, sent
 * with {@code kill -INT}) ends it with exit code 130, removes its temporary file and leaves the old report as it was;
 * {@code --out -} puts the report, and nothing else, on standard output. The sandbox answers slowly, so that the report
 * is still being written when the signal comes. The workbook and the page come out of the jar as they do in the tests.
 */
class ReportJarIT {
    private static final Path JAR = Path.of(System.getProperty("basedir", ".")).resolve("target/so-connector.jar");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private SuperOfficeSandbox sandbox;

    @BeforeEach
    void start() {
        assertThat(JAR).as("the IT runs after package, which builds the jar").exists();
        sandbox = SuperOfficeSandbox.start(SandboxOptions.builder()
                .salesCount(3000)
                .faults(Faults.builder().latency(Duration.ofMillis(200)).build())
                .build());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void report_ctrlC_exits130RemovesTheTemporaryFileAndKeepsTheOldReport() throws Exception {
        Path old = Files.writeString(dir.resolve("report.csv"), "last month\n");
        Process process = start(List.of("report", "--all", "--no-quote-lines", "--out", "report.csv"), List.of());

        Path temp = awaitFile(process, dir, name -> name.startsWith(".report.csv.") && name.endsWith(".tmp"));
        interrupt(process);

        assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(stderr()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(temp).doesNotExist();
        assertThat(names(dir)).containsExactlyInAnyOrder("report.csv", "out.txt", "err.txt");
        assertThat(Files.readString(old)).isEqualTo("last month\n");
    }

    @Test
    void report_ctrlCWhileWritingToStandardOutput_exits130WithNothingWrittenAndNoSpoolLeft() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process process =
                start(List.of("report", "--all", "--no-quote-lines", "--out", "-"), List.of("-Djava.io.tmpdir=" + tmp));

        awaitFile(process, tmp, name -> name.startsWith("so-connector-") && name.endsWith(".tmp"));
        interrupt(process);

        assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(stderr()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(names(tmp)).noneMatch(name -> name.startsWith("so-connector-"));
        assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
    }

    /**
     * Every temporary file of the run, the page's too, is gone after Ctrl+C and after SIGTERM (a service manager's
     * stop), in every format; the old report and page stay as they were.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"INT, csv, 130", "TERM, csv, 143", "INT, xlsx, 130", "TERM, jsonl, 143"})
    void report_signalWhileWritingWithAPage_removesEveryTemporaryFile(String signal, String format, int exit)
            throws Exception {
        Path old = Files.writeString(dir.resolve("report." + format), "last month\n");
        Path oldPage = Files.writeString(dir.resolve("page.html"), "last month\n");
        Process process = start(
                List.of(
                        "report",
                        "--all",
                        "--no-quote-lines",
                        "--format",
                        format,
                        "--out",
                        "report." + format,
                        "--html",
                        "page.html"),
                List.of());

        awaitFile(process, dir, name -> name.startsWith(".report.") && name.endsWith(".tmp"));
        awaitFile(process, dir, name -> name.startsWith(".page.html.") && name.endsWith(".tmp"));
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                .redirectErrorStream(true)
                .start();
        kill.getInputStream().readAllBytes();
        assertThat(kill.waitFor()).isZero();

        assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(stderr()).isEqualTo(exit);
        assertThat(names(dir)).containsExactlyInAnyOrder("report." + format, "page.html", "out.txt", "err.txt");
        assertThat(Files.readString(old)).isEqualTo("last month\n");
        assertThat(Files.readString(oldPage)).isEqualTo("last month\n");
    }

    @Test
    void report_outDash_putsTheReportAndNothingElseOnStandardOutput() throws Exception {
        Process process = start(List.of("report", "--limit", "30", "--out", "-"), List.of());

        assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(stderr()).isZero();
        List<String> out = Files.readAllLines(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(out.get(0)).startsWith("SaleId,SaleDate,CustomerId,");
        assertThat(Csv.rows(dir.resolve("out.txt")))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row).hasSize(12));
        assertThat(stderr()).contains("Report written to standard output:").containsPattern("Sales read:\\s+30");
    }

    /** The jar carries what the workbook and the page are written with, not only the test classpath. */
    @Test
    void report_workbookAndPage_areWrittenByTheJar() throws Exception {
        Process process = start(
                List.of("report", "--limit", "30", "--format", "xlsx", "--out", "report.xlsx", "--html", "page.html"),
                List.of());

        assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(stderr()).isZero();
        byte[] workbook = Files.readAllBytes(dir.resolve("report.xlsx"));
        assertThat(new String(workbook, 0, 2, StandardCharsets.US_ASCII))
                .as("a zip")
                .isEqualTo("PK");
        assertThat(Files.readString(dir.resolve("page.html"))).startsWith("<!DOCTYPE html>");
    }

    private Process start(List<String> args, List<String> javaOptions) throws IOException {
        List<String> command = new ArrayList<>();
        if (defaultSignalAvailable()) {
            // A background job without job control inherits SIGINT ignored, and the JVM then keeps ignoring it.
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SO_") || k.startsWith("SMTP_"));
        env.putAll(SandboxEnv.of(sandbox));
        env.put("SO_PAGE_SIZE", "50");
        env.put("SO_MAX_REQUESTS_PER_SECOND", "1000");
        return builder.start();
    }

    private static boolean defaultSignalAvailable() {
        try {
            Process probe = new ProcessBuilder("env", "--default-signal=INT", "true")
                    .redirectErrorStream(true)
                    .start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Ctrl+C as a terminal sends it: SIGINT to the JVM (the process {@code env} replaced itself with). */
    private static void interrupt(Process process) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                .redirectErrorStream(true)
                .start();
        kill.getInputStream().readAllBytes();
        assertThat(kill.waitFor()).isZero();
    }

    /** Waits until the running report has created its temporary file (the report is then being written). */
    private Path awaitFile(Process process, Path directory, Predicate<String> name) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (WatchService watch = directory.getFileSystem().newWatchService()) {
            directory.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            while (System.nanoTime() < deadline) {
                try (Stream<Path> files = Files.list(directory)) {
                    var found = files.filter(p -> name.test(p.getFileName().toString()))
                            .findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
                assertThat(process.isAlive())
                        .as("the report ended before its temporary file was seen: " + stderr())
                        .isTrue();
                WatchKey key = watch.poll(100, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
        throw new AssertionError("no temporary file within " + PATIENCE + ": " + stderr());
    }

    private String stderr() {
        try {
            return Files.readString(dir.resolve("err.txt"));
        } catch (IOException e) {
            return "(no stderr: " + e + ")";
        }
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
