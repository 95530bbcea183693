package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.inject.util.Modules;
import com.roboplanet.soconnector.domain.port.in.BatchRowResult;
import com.roboplanet.soconnector.domain.port.out.BatchResults;
import com.roboplanet.soconnector.domain.port.out.BatchResultsException;
import com.roboplanet.soconnector.domain.port.out.Pause;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D9 and the full-disk half of D3, on a file system that is really full: a small tmpfs mounted for the test (root on
 * Linux; elsewhere the mounted cases are skipped and say why). Nothing sent: exit 3 naming the file and the system's
 * reason, never 1 or 7. Sent, then the disk filled: exit 7 with the command that finishes it once there is space.
 */
class FullDiskSendIT {
    @TempDir
    Path dir;

    private Path disk;
    private boolean mounted;
    private RelayDouble relay;
    private SuperOfficeSandbox sandbox;
    private Map<String, String> env;

    @BeforeEach
    void start() throws Exception {
        disk = Files.createDirectories(dir.resolve("disk"));
        mounted = run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString());
        relay = RelayDouble.start();
        sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().salesCount(100).build());
        env = SendItSupport.env(sandbox, "smtp-relay", relay.port());
        SendItSupport.body(dir, "Hallo,\nanbei das Angebot.\nAnna");
    }

    @AfterEach
    void stop() throws Exception {
        sandbox.close();
        relay.close();
        if (mounted) {
            run("umount", disk.toString());
        }
    }

    @Test
    void send_journalOnAFullDisk_exits3NamingTheFileAndSendsNothing() throws Exception {
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root on Linux)");
        Path outbox = Files.createDirectories(disk.resolve("outbox"));
        fill(disk.resolve("filler"));

        CliRun run = send(outbox.toString());

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err.lines().findFirst().orElseThrow())
                .startsWith("so-connector: cannot ")
                .contains(outbox.toString())
                .contains("No space left on device");
        assertThat(relay.mails()).isEmpty();
    }

    @Test
    void send_diskFillsWhileTheRelayHasTheMail_exits7AndThePrintedCommandFinishesItOnceThereIsSpace() throws Exception {
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root on Linux)");
        Path outbox = Files.createDirectories(disk.resolve("outbox"));
        Path filler = disk.resolve("filler");
        relay.onMail(() -> {
            try {
                fill(filler);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        CliRun full = send(outbox.toString());
        relay.onMail(() -> {});
        Files.delete(filler);
        String finish = full.err
                .lines()
                .findFirst()
                .orElseThrow()
                .replaceAll(".*once the journal can be written, run ", "")
                .replaceAll(" \\(it archives.*", "");
        // Exactly as printed: the second tester found the --journal of the run missing from this line.
        CliRun finished = CliRun.in(
                dir,
                env,
                Modules.EMPTY_MODULE,
                finish.replaceFirst("^so-connector ", "").split(" "));
        CliRun again = send(outbox.toString());

        assertThat(full.exitCode).as(full.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(full.err.lines().findFirst().orElseThrow())
                .contains("was sent via smtp-relay as <")
                .contains("No space left on device")
                .contains("do not send it again");
        assertThat(finish)
                .startsWith("so-connector send --journal " + outbox + " --resolve ")
                .endsWith(" --sent");
        assertThat(finished.exitCode).as(finished.toString()).isZero();
        assertThat(finished.out).contains("Status:     SENT_AND_ARCHIVED");
        assertThat(again.exitCode).isZero();
        assertThat(relay.mails()).as("sent once").hasSize(1);
        assertThat(sandbox.documents())
                .singleElement()
                .satisfies(doc -> assertThat(new String(doc.content(), StandardCharsets.UTF_8))
                        .contains(new String(relay.mails().get(0), StandardCharsets.UTF_8)
                                .lines()
                                .filter(l -> l.startsWith("Message-ID:"))
                                .findFirst()
                                .orElseThrow()));
    }

    @Test
    void batch_resultsFileOnAFullDisk_exits3AndSendsNothing() throws Exception {
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root on Linux)");
        writeBatch();
        fill(disk.resolve("filler"));

        CliRun run = batch("--results", disk.resolve("results.csv").toString());

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err.lines().findFirst().orElseThrow())
                .contains("--results " + disk.resolve("results.csv"))
                .contains("No space left on device");
        assertThat(relay.mails()).isEmpty();
    }

    /** D9 without root: the result file fails in the middle of the batch, as a full disk makes it. */
    @Test
    void batch_resultsFileFailsMidway_exits3AndTheRerunSendsNothingTwice() throws Exception {
        writeBatch();
        BatchResults fillsUp = (file, layout) -> new BatchResults.Log() {
            private int rows;

            @Override
            public void append(BatchRowResult row) {
                if (++rows == 2) {
                    throw new BatchResultsException(
                            "--results " + file + ": cannot write the row (No space left on device); every mail sent is"
                                    + " in the journal, so running the batch again once the file can be written sends"
                                    + " none twice",
                            null);
                }
            }

            @Override
            public void close() {}
        };

        CliRun run = CliRun.in(
                dir,
                new HashMap<>(env),
                Modules.combine(
                        b -> b.bind(BatchResults.class).toInstance(fillsUp),
                        b -> b.bind(Pause.class).toInstance(d -> {})),
                batchArgs());
        CliRun rerun = batch();

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).contains("No space left on device", "running the batch again");
        assertThat(rerun.exitCode).as(rerun.toString()).isZero();
        assertThat(rerun.err).contains("3 rows: 2 ALREADY_DONE, 1 SENT_AND_ARCHIVED");
        assertThat(relay.mails()).hasSize(3);
    }

    private void writeBatch() throws IOException {
        Files.writeString(dir.resolve("recipients.csv"), "to,anlass\n1,a\n2,b\n3,c\n", StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("template.txt"), "Subject: Angebot {{anlass}}\n\nHallo\n", StandardCharsets.UTF_8);
    }

    private String[] batchArgs(String... extra) {
        String[] base = {
            "send", "--batch", "recipients.csv", "--template", "template.txt", "--rep", "1", "--journal", "outbox"
        };
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return args;
    }

    private CliRun batch(String... extra) {
        return CliRun.in(dir, new HashMap<>(env), b -> b.bind(Pause.class).toInstance(d -> {}), batchArgs(extra));
    }

    private CliRun send(String journal) {
        return CliRun.in(
                dir,
                new HashMap<>(env),
                Modules.EMPTY_MODULE,
                "send",
                "--rep",
                "1",
                "--to",
                "1",
                "--subject",
                "Angebot",
                "--body-file",
                "body.txt",
                "--journal",
                journal);
    }

    /** Writes until the file system says it is full. */
    private static void fill(Path file) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left on device")) {
                throw e;
            }
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
