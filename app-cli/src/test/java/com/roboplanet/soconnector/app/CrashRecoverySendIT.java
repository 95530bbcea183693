package com.roboplanet.soconnector.app;

import static com.roboplanet.soconnector.app.SendItSupport.PERSON;
import static com.roboplanet.soconnector.app.SendItSupport.REP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Module;
import com.google.inject.util.Modules;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.roboplanet.soconnector.adapters.journal.FileSendJournal;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournals;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that dies between two steps (simulated in-process by an {@link Error} nothing catches, the way a kill leaves
 * the disk; {@code KillRecoveryIT} kills a real process) is finished by {@code --resume} or a decision, with no mail
 * lost and none sent twice: issue 13's D3 (sent, the answer lost, and no way to say "it arrived") and D4 (a mail sent
 * but not archived reported as done with exit 0).
 */
class CrashRecoverySendIT {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private SuperOfficeSandbox sandbox;
    private Map<String, String> env;

    /** Stands for the process dying. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;

        Crash(String where) {
            super("simulated crash " + where);
        }
    }

    /** The real SuperOffice side, except that the archive dies the first time it is asked. */
    private static final MailArchive DYING_ARCHIVE = (email, messageId, eml) -> {
        throw new Crash("after the relay accepted " + messageId + ", before the archive");
    };

    @BeforeEach
    void start() throws Exception {
        sandbox = SuperOfficeSandbox.start(SandboxOptions.defaults());
        env = SendItSupport.env(sandbox, "smtp-relay", greenMail.getSmtp().getPort());
        SendItSupport.body(dir, "Hallo,\nanbei das Angebot.\nAnna");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void crashBetweenSendAndArchive_resumeArchivesTheSentBytesOnce() throws Exception {
        Module dyingArchive = b -> b.bind(MailArchive.class).toInstance(DYING_ARCHIVE);

        assertThatThrownBy(() -> send(dyingArchive)).isInstanceOf(Crash.class);
        CliRun again = send(Modules.EMPTY_MODULE);
        CliRun resume = CliRun.in(dir, env, Modules.EMPTY_MODULE, "send", "--resume", "--journal", "outbox");

        assertThat(again.exitCode).as(again.toString()).isZero();
        assertThat(again.out).contains("Status:     SENT_AND_ARCHIVED", "archived as document");
        assertThat(resume.exitCode).as(resume.toString()).isZero();
        assertThat(resume.err).contains("Nothing to resume");
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(sandbox.documents())
                .singleElement()
                .satisfies(doc -> assertThat(SendItSupport.received(greenMail, 0))
                        .endsWith(SendItSupport.withoutFinalLineBreak(doc.content())));
    }

    @Test
    void crashAfterTheRelayAcceptedButBeforeTheJournalSaidSo_isNeverResentSilently() throws Exception {
        SendJournals dyingJournal = (location, create) -> new DiesOnSent(new FileSendJournal(location, create));

        assertThatThrownBy(() -> send(b -> b.bind(SendJournals.class).toInstance(dyingJournal)))
                .isInstanceOf(Crash.class);
        CliRun again = send(Modules.EMPTY_MODULE);
        CliRun resume = CliRun.in(dir, env, Modules.EMPTY_MODULE, "send", "--resume", "--journal", "outbox");

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        String messageId = greenMail.getReceivedMessages()[0].getMessageID();
        assertThat(again.exitCode).isEqualTo(ExitCode.UNFINISHED);
        assertThat(again.out)
                .contains("Status:     NEEDS_CHECKING", messageId)
                .contains("so-connector send --journal outbox --resolve ")
                .contains(" --sent", " --not-sent");
        assertThat(resume.exitCode).isEqualTo(ExitCode.UNFINISHED);
        assertThat(resume.out).contains("NEEDS_CHECKING");
        assertThat(sandbox.documents()).isEmpty();

        String key = again.out
                .lines()
                .filter(l -> l.startsWith("Key:"))
                .findFirst()
                .orElseThrow()
                .substring("Key:".length())
                .strip();
        CliRun decided = CliRun.in(
                dir, env, Modules.EMPTY_MODULE, "send", "--journal", "outbox", "--resolve", messageId, "--sent");

        assertThat(decided.exitCode).as(decided.toString()).isZero();
        assertThat(decided.out).contains("Status:     SENT_AND_ARCHIVED", "Key:        " + key);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(sandbox.documents())
                .singleElement()
                .satisfies(doc -> assertThat(SendItSupport.received(greenMail, 0))
                        .endsWith(SendItSupport.withoutFinalLineBreak(doc.content())));
        assertThat(CliRun.in(dir, env, Modules.EMPTY_MODULE, "send", "--resume", "--journal", "outbox").exitCode)
                .isZero();
    }

    private CliRun send(Module overrides) {
        return CliRun.in(
                dir,
                env,
                overrides,
                "send",
                "--rep",
                REP,
                "--to",
                PERSON,
                "--subject",
                "Angebot",
                "--body-file",
                "body.txt",
                "--journal",
                "outbox");
    }

    /** The real journal, except that the process dies instead of recording SENT. */
    private static final class DiesOnSent extends ForwardingSendJournal {
        DiesOnSent(SendJournal journal) {
            super(journal);
        }

        @Override
        public void record(JournalEntry entry) {
            if (entry.state() == JournalState.SENT) {
                throw new Crash("after the relay accepted " + entry.messageId() + ", before the journal said so");
            }
            super.record(entry);
        }
    }
}
