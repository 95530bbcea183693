package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value out of range or options that contradict each other are a wrong command line, as an unknown option is: exit
 * code 2, what is wrong and where the help is, before anything is read or written. Exit code 3 stays for what the
 * command line points at (a file, a key, a port someone else holds).
 */
class WrongCommandLineTest {
    @TempDir
    Path dir;

    @BeforeEach
    void export() throws IOException {
        Files.writeString(dir.resolve("sales.csv"), "SaleId,Heading,CustomerId\n1,2x Omnie,7\n");
    }

    static Stream<String> wrongCommandLines() {
        Stream<String> ranges = Stream.of("report", "suggest-keywords")
                .flatMap(command -> Stream.of(
                        command + " --limit 0",
                        command + " --limit -5",
                        command + " --limit 5 --all",
                        command + " --all --limit 1",
                        command + " --from sales.csv --limit 0",
                        command + " --sheet Verkäufe",
                        command + " --encoding UTF-8",
                        command + " --column saleId=Nr",
                        command + " --from sales.csv --encoding klingon"));
        return Stream.concat(
                ranges,
                Stream.of(
                        "suggest-keywords --top 0",
                        "inspect sales --limit 0",
                        "inspect persons --limit 0",
                        "inspect persons --limit -1",
                        "report --from sales.csv --thin-share 101",
                        "report --from sales.csv --thin-share -1",
                        "report --from sales.csv --format xlsx --excel",
                        "report --from sales.csv --explain 1 --out r.csv",
                        "report --from sales.csv --out - --html r.html",
                        "sandbox --port 70000",
                        "sandbox --port -1",
                        "sandbox --sales 0",
                        "sandbox --profile everything"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongCommandLines")
    void anyCommand_valueOutOfRangeOrOptionsThatContradict_exit2WithTheHelpLine(String commandLine) {
        CliRun run = CliRun.unattended(dir, commandLine.split(" "));

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err.lines().toList()).as(run.toString()).hasSize(2);
        assertThat(run.err).contains("--help' for more information.");
        assertThat(run.out).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("sales.csv");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void sandbox_portInUse_exit3NamingThePortAndTheWayOut() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            CliRun run = CliRun.unattended(dir, "sandbox", "--port", String.valueOf(port));

            assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(run.err.lines().toList())
                    .singleElement()
                    .asString()
                    .startsWith("so-connector: could not start the SuperOffice sandbox on 127.0.0.1:" + port + ": ")
                    .endsWith("; choose another --port, or leave --port out to take a free one");
        }
    }
}
