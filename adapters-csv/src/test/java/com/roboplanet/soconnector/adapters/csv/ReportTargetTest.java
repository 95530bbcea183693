package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.port.out.ReportSink.ReportWriter;
import com.roboplanet.soconnector.domain.port.out.ReportSinkException;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 6: a report written back to people's folders. A symbolic link stays a link (the file it points to
 * gets the report, as with a shell's {@code >}); a device or named pipe is written, never replaced (curl/curl#6882:
 * a rename over {@code /dev/null} as root destroys the device); a socket or directory is refused with one line; the
 * old file's permissions stay; standard output gets the whole report or nothing; and the temporary file of an
 * unfinished report is removed when the JVM shuts down (Ctrl+C).
 */
class ReportTargetTest {
    private static final String HEADER = String.join(",", CsvReportSink.HEADER) + "\n";

    @TempDir
    Path dir;

    private static void write(ReportTarget target) {
        try (ReportWriter writer = new CsvReportSink(target, CsvReportFormat.DEFAULT).open()) {
            ReportRows.golden().forEach(writer::write);
            writer.complete(ReportRows.summary(), ReportTotals.empty());
        }
    }

    private static String expected() throws IOException {
        try (InputStream in = ReportTargetTest.class.getResourceAsStream("/golden/report-default.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void complete_symlinkToAnExistingReport_writesThroughAndKeepsTheLink() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("Vertrieb"));
        Path real = Files.writeString(shared.resolve("produkte.csv"), "last month\n");
        Path link = Files.createSymbolicLink(dir.resolve("report.csv"), real);

        write(ReportTarget.file(link));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
        assertThat(Files.readString(real)).isEqualTo(expected());
        assertThat(names(shared)).containsExactly("produkte.csv");
        assertThat(names(dir)).containsExactly("Vertrieb", "report.csv");
    }

    @Test
    void complete_relativeChainOfLinksToAFileNotYetWritten_createsTheFinalFile() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("share"));
        Files.createSymbolicLink(shared.resolve("current.csv"), Path.of("2026-11.csv"));
        Path link = Files.createSymbolicLink(dir.resolve("report.csv"), Path.of("share", "current.csv"));

        write(ReportTarget.file(link));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(shared.resolve("current.csv"))).isTrue();
        assertThat(Files.readString(shared.resolve("2026-11.csv"))).isEqualTo(expected());
    }

    @Test
    void open_linkLoop_isRefusedWithOneLine() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        assertThatThrownBy(() -> write(ReportTarget.file(a)))
                .isInstanceOf(ReportSinkException.class)
                .hasMessage("cannot write report " + a + ": too many levels of symbolic links (a loop?)");
    }

    @Test
    void complete_existingReport_keepsItsPermissions() throws IOException {
        Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = Files.writeString(dir.resolve("report.csv"), "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));

        write(ReportTarget.file(target));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-rw----");
        assertThat(Files.readString(target)).isEqualTo(expected());
    }

    @Test
    void complete_namedPipe_isWrittenNotReplaced() throws Exception {
        Path fifo = dir.resolve("report.pipe");
        Assumptions.assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        write(ReportTarget.file(fifo));

        assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo(expected());
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(names(dir)).containsExactly("report.pipe");
    }

    /**
     * A character device of our own where we may create one (as root, a copy of {@code /dev/null}'s numbers in the
     * test's folder, so that a regression could never replace the machine's {@code /dev/null}); {@code /dev/null}
     * itself otherwise, which a user without root cannot replace anyway.
     */
    @Test
    void complete_characterDevice_isWrittenNotReplaced() throws Exception {
        Path device = dir.resolve("null");
        if (!run("mknod", device.toString(), "c", "1", "3")) {
            device = Path.of("/dev/null");
        }
        Assumptions.assumeTrue(Files.exists(device), "no character device to write to");

        write(ReportTarget.file(device));

        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.size(device)).isZero();
        assertThat(names(dir)).allMatch(name -> name.equals("null"));
    }

    @Test
    void open_socket_isRefusedWithOneLineAndLeftAlone() throws IOException {
        Path socket = dir.resolve("report.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));

            assertThatThrownBy(() -> write(ReportTarget.file(socket)))
                    .isInstanceOf(ReportSinkException.class)
                    .hasMessage("cannot write report " + socket + ": is a socket, not a file to write a report to"
                            + " (give a file, a named pipe, a device such as /dev/null, or - for standard output)");
            assertThat(names(dir)).containsExactly("report.sock");
        }
    }

    @Test
    void complete_stream_getsTheWholeReportOnlyWhenComplete() throws IOException {
        StringWriter out = new StringWriter();
        try (ReportWriter writer =
                new CsvReportSink(ReportTarget.stream(out, "standard output"), CsvReportFormat.EXCEL).open()) {
            ReportRows.golden().forEach(writer::write);
            assertThat(out.toString()).isEmpty();
            writer.complete(ReportRows.summary(), ReportTotals.empty());
        }

        assertThat(out.toString()).startsWith("\uFEFFSaleId;SaleDate;").endsWith("\r\n");
    }

    @Test
    void close_streamOfAFailedReport_getsNothingAndNoSpoolIsLeft() {
        StringWriter out = new StringWriter();
        Path spool;
        try (ReportWriter writer =
                new CsvReportSink(ReportTarget.stream(out, "standard output"), CsvReportFormat.DEFAULT).open()) {
            writer.write(ReportRows.golden().get(0));
            spool = ((AtomicReportWriter) writer).temp();
            assertThat(spool).exists();
        }

        assertThat(out.toString()).isEmpty();
        assertThat(spool).doesNotExist();
        assertThat(PendingFiles.isPending(spool)).isFalse();
    }

    @Test
    void shutdown_duringAReport_removesItsTemporaryFileAndKeepsTheOldReport() throws IOException {
        Path target = Files.writeString(dir.resolve("report.csv"), "last month\n");
        try (ReportWriter writer = new CsvReportSink(target, CsvReportFormat.DEFAULT).open()) {
            writer.write(ReportRows.golden().get(0));
            Path temp = ((AtomicReportWriter) writer).temp();
            assertThat(PendingFiles.isPending(temp)).isTrue();

            PendingFiles.deleteAll(); // what the shutdown hook does on Ctrl+C

            assertThat(temp).doesNotExist();
            assertThat(names(dir)).containsExactly("report.csv");
        }
        assertThat(Files.readString(target)).isEqualTo("last month\n");
    }

    @Test
    void complete_afterwards_nothingIsPending() throws IOException {
        Path target = dir.resolve("report.csv");
        Path temp;
        try (ReportWriter writer = new CsvReportSink(target, CsvReportFormat.DEFAULT).open()) {
            temp = ((AtomicReportWriter) writer).temp();
            writer.complete(ReportRows.summary(), ReportTotals.empty());
        }

        assertThat(PendingFiles.isPending(temp)).isFalse();
        assertThat(Files.readString(target)).isEqualTo(HEADER);
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
