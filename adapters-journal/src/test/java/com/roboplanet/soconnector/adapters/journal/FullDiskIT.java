package com.roboplanet.soconnector.adapters.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.roboplanet.soconnector.domain.fakes.FakeMailArchive;
import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.fakes.RecordingSendStrategy;
import com.roboplanet.soconnector.domain.fakes.ScriptedDeliveryCheck;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.domain.port.in.ResolveSendCommand;
import com.roboplanet.soconnector.domain.port.in.SendEmailCommand;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.PreparedMail;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.domain.service.ResolveSendService;
import com.roboplanet.soconnector.domain.service.SendEmailService;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal on a file system that is really full: a small tmpfs, mounted for the test. Needs the right to mount
 * (root on Linux); elsewhere the tests are skipped with that reason, and the domain's tests of the same rules (a
 * journal that fails like a full disk) still run.
 */
class FullDiskIT {
    private static final int SIZE_KB = 256;

    @TempDir
    Path dir;

    private Path disk;
    private boolean mounted;
    private final TenantId tenant = Mails.tenant();
    private final OutboundEmail mail = Mails.mail("Angebot");
    private final IdempotencyKey key = IdempotencyKey.derive(tenant, mail);
    private final FakeMailArchive archive = new FakeMailArchive();

    @BeforeEach
    void mount() throws Exception {
        disk = Files.createDirectories(dir.resolve("disk"));
        mounted = run("mount", "-t", "tmpfs", "-o", "size=" + SIZE_KB + "k", "tmpfs", disk.toString());
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root on Linux); FullDiskIT skipped");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", disk.toString());
        }
    }

    @Test
    void send_whenTheDiskIsFullBeforeAnythingLeft_failsNamingTheReasonAndSendsNothing() throws Exception {
        Path outbox = Files.createDirectories(disk.resolve("outbox"));
        fill(disk.resolve("filler"));
        RecordingSendStrategy relay = RecordingSendStrategy.sending("smtp-relay");

        assertThatThrownBy(() -> service(relay, outbox).send(SendEmailCommand.of(mail, tenant)))
                .isInstanceOfSatisfying(
                        SendJournalException.class,
                        e -> assertThat(e.kind()).isEqualTo(SendJournalException.Kind.STORAGE))
                .hasMessageContaining(outbox.toString())
                .hasMessageContaining("No space left on device");
        assertThat(relay.calls()).isEmpty();
    }

    @Test
    void send_whenTheDiskFillsWhileTheRelayHasTheMail_keepsTheBytesAndResolveArchivesThemOnceThereIsSpace()
            throws Exception {
        Path outbox = Files.createDirectories(disk.resolve("outbox"));
        Path filler = disk.resolve("filler");
        FillingRelay relay = new FillingRelay(filler);

        assertThatThrownBy(() -> service(relay, outbox).send(SendEmailCommand.of(mail, tenant)))
                .isInstanceOfSatisfying(
                        SendJournalException.class,
                        e -> assertThat(e.kind()).isEqualTo(SendJournalException.Kind.AFTER_SENDING))
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("do not send it again")
                .hasMessageContaining("send --resolve " + key + " --sent");
        FileSendJournal journal = new FileSendJournal(outbox);
        assertThat(journal.find(key).orElseThrow().state()).isEqualTo(JournalState.SENDING);

        Files.delete(filler);
        SendReceipt decided = new ResolveSendService(
                        () -> archive, ScriptedDeliveryCheck::new, (location, create) -> journal, Clock.systemUTC())
                .resolve(new ResolveSendCommand(JournalLocation.of(outbox), tenant, key.value(), true));

        assertThat(decided.status()).isEqualTo(SendReceipt.Status.SENT_AND_ARCHIVED);
        assertThat(archive.archived())
                .singleElement()
                .satisfies(a -> assertThat(a.eml()).isEqualTo(RecordingSendStrategy.mime(mail)));
        assertThat(relay.sent).isEqualTo(1);
    }

    private SendEmailService service(SendStrategy relay, Path outbox) {
        return new SendEmailService(
                List.of(relay),
                () -> archive,
                new FileSendJournal(outbox),
                ScriptedDeliveryCheck::new,
                Clock.systemUTC());
    }

    /** A relay that takes the mail, and meanwhile something else fills the disk. */
    private static final class FillingRelay implements SendStrategy {
        private final Path filler;
        int sent;

        FillingRelay(Path filler) {
            this.filler = filler;
        }

        @Override
        public String name() {
            return "smtp-relay";
        }

        @Override
        public String describe(OutboundEmail email) {
            return "fills the disk";
        }

        @Override
        public PreparedMail prepare(OutboundEmail email, IdempotencyKey key) {
            return RecordingSendStrategy.sending("smtp-relay").prepare(email, key);
        }

        @Override
        public SendOutcome send(PreparedMail mail) {
            sent++;
            try {
                fill(filler);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return new SendOutcome.Sent(mail.messageId(), mail.mime(), null);
        }
    }

    /** Writes until the file system says it is full. */
    static void fill(Path file) throws IOException {
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
