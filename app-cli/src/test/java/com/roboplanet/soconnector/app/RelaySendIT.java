package com.roboplanet.soconnector.app;

import static com.roboplanet.soconnector.app.SendItSupport.PERSON;
import static com.roboplanet.soconnector.app.SendItSupport.REP;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Module;
import com.google.inject.util.Modules;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.roboplanet.soconnector.adapters.smtp.Sleeper;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.StoredDocument;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code send} through GreenMail as the relay and the sandbox as the tenant, as a user runs it. */
class RelaySendIT {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private SuperOfficeSandbox sandbox;
    /** Retries against a relay that is down must not wait for real. */
    private final Module noWaiting = b -> b.bind(Sleeper.class).toInstance(d -> {});

    @BeforeEach
    void start() throws Exception {
        sandbox = SuperOfficeSandbox.start(SandboxOptions.defaults());
        SendItSupport.body(dir, "Hallo,\nanbei das Angebot für 2 Omnie CD-01.\n\nGrüße\nAnna");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void send_relay_mailArrivesWithTheRepsHeaders_andTheArchivedDocumentIsTheBytesReceived() throws Exception {
        CliRun run = send(relayEnv("smtp-relay"), "--subject", "Angebot Omnie CD-01");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Status:     SENT_AND_ARCHIVED", "Strategy:   smtp-relay", "Document:");
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Angebot Omnie CD-01");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("anna.meyer@roboplanet.example");
        assertThat(((InternetAddress) received.getSender()).getAddress()).isEqualTo(SendItSupport.RELAY_FROM);
        assertThat(((InternetAddress) received.getReplyTo()[0]).getAddress())
                .isEqualTo("anna.meyer@roboplanet.example");
        assertThat(run.out).contains("Message-ID: " + received.getMessageID());
        assertThat(sandbox.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.contactId()).isEqualTo(1);
            assertThat(doc.personId()).isEqualTo(1);
            assertThat(SendItSupport.received(greenMail, 0))
                    .endsWith(SendItSupport.withoutFinalLineBreak(doc.content()));
            assertThat(new String(doc.content(), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .contains("Message-ID: " + received.getMessageID());
        });
    }

    @Test
    void send_archiveFails_leavesItPending_andResumeArchivesWithoutASecondSmtpSend() throws Exception {
        Map<String, String> badTemplate = relayEnv("smtp-relay");
        badTemplate.put("SO_MAIL_TEMPLATE_ID", "999999");

        CliRun first = send(badTemplate, "--subject", "Angebot");
        CliRun resume =
                CliRun.in(dir, relayEnv("smtp-relay"), Modules.EMPTY_MODULE, "send", "--resume", "--journal", "outbox");

        assertThat(first.exitCode).as(first.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(first.out).contains("Status:     SENT_ARCHIVE_PENDING", "run send --resume");
        assertThat(resume.exitCode).as(resume.toString()).isZero();
        assertThat(resume.out).contains("SENT_AND_ARCHIVED");
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(sandbox.documents())
                .extracting(StoredDocument::content)
                .filteredOn(c -> c.length > 0)
                .hasSize(1);
        assertThat(SendItSupport.received(greenMail, 0))
                .endsWith(SendItSupport.withoutFinalLineBreak(sandbox.documents().stream()
                        .filter(d -> d.content().length > 0)
                        .findFirst()
                        .orElseThrow()
                        .content()));
    }

    @Test
    void send_relayDown_archivesNothingAndExitsNotSent() throws Exception {
        Map<String, String> env = SendItSupport.env(sandbox, "smtp-relay", SendItSupport.closedPort());

        CliRun run = CliRun.in(dir, env, noWaiting, args("--subject", "Angebot"));

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.NOT_SENT);
        assertThat(run.out).contains("Status:     NOT_SENT", "Tried:      smtp-relay: not available:");
        assertThat(sandbox.documents()).isEmpty();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void send_chainOnRestrictedTenant_fallsFromTheEmailAgentToTheRelay() throws Exception {
        CliRun run = send(relayEnv("email-agent,smtp-relay,activity-handoff"), "--subject", "Angebot");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .contains("Strategy:   smtp-relay")
                .containsPattern("Tried: +email-agent: not granted: .*401");
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(sandbox.sentMails()).isEmpty();
        assertThat(sandbox.appointments()).isEmpty();
    }

    @Test
    void send_headerInjectionOrBadAddress_isRefusedBeforeAnythingHappens() {
        CliRun injected = send(relayEnv("smtp-relay"), "--subject", "Angebot\r\nBcc: all@example.com");
        CliRun badAddress = CliRun.in(
                dir,
                relayEnv("smtp-relay"),
                Modules.EMPTY_MODULE,
                "send",
                "--rep",
                REP,
                "--to",
                "bob@customer..example",
                "--subject",
                "x",
                "--body-file",
                "body.txt",
                "--journal",
                "outbox");

        assertThat(injected.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(injected.err).hasLineCount(1).contains("line break");
        assertThat(badAddress.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badAddress.err).hasLineCount(1).contains("is not a valid e-mail address");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(sandbox.documents()).isEmpty();
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    private Map<String, String> relayEnv(String strategies) {
        return SendItSupport.env(sandbox, strategies, greenMail.getSmtp().getPort());
    }

    private CliRun send(Map<String, String> env, String... extra) {
        return CliRun.in(dir, env, noWaiting, args(extra));
    }

    private static String[] args(String... extra) {
        String[] base = {"send", "--rep", REP, "--to", PERSON, "--body-file", "body.txt", "--journal", "outbox"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }
}
