package com.roboplanet.soconnector.adapters.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.roboplanet.soconnector.domain.fakes.FakeMailArchive;
import com.roboplanet.soconnector.domain.fakes.InMemorySendJournal;
import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.fakes.RecordingSendStrategy;
import com.roboplanet.soconnector.domain.fakes.ScriptedDeliveryCheck;
import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsCommand;
import com.roboplanet.soconnector.domain.port.in.SendEmailCommand;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.domain.service.ResumeSendsService;
import com.roboplanet.soconnector.domain.service.SendEmailService;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The use case with the real relay strategy: never twice, archive pending and resumed, fall-through. */
class SendChainIT {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final InMemorySendJournal journal = new InMemorySendJournal();
    private final FakeMailArchive archive = new FakeMailArchive();
    private final Clock clock = Clock.systemUTC();
    private final OutboundEmail mail = Mails.mail("Angebot Omnie CD-01");

    private SmtpRelaySendStrategy relay(int port) {
        SmtpSettings settings = SmtpSettings.of(
                        "127.0.0.1",
                        port,
                        SmtpSecurity.NONE,
                        null,
                        null,
                        new EmailAddress("noreply@roboplanet.example"))
                .withRetries(2, Duration.ofMillis(1));
        return new SmtpRelaySendStrategy(settings, clock, d -> {});
    }

    private SendEmailService service(SendStrategy... strategies) {
        return new SendEmailService(List.of(strategies), () -> archive, journal, ScriptedDeliveryCheck::new, clock);
    }

    @Test
    void send_whenAgentNotGranted_fallsToRelay_andArchivesTheBytesTheRelayReceived() throws Exception {
        var agent = new RecordingSendStrategy("email-agent")
                .then(new SendOutcome.NotGranted("HTTP 401 from Agents/EMail/Send", "request the EMail agent"));

        SendReceipt receipt =
                service(agent, relay(greenMail.getSmtp().getPort())).send(SendEmailCommand.of(mail, Mails.tenant()));

        assertThat(receipt.status()).isEqualTo(Status.SENT_AND_ARCHIVED);
        assertThat(receipt.strategy()).isEqualTo("smtp-relay");
        assertThat(receipt.attempts()).extracting(a -> a.strategy()).containsExactly("email-agent");
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        String received = received();
        String archived = new String(archive.archived().get(0).eml(), StandardCharsets.ISO_8859_1);
        assertThat(received)
                .endsWith(archived.endsWith("\r\n") ? archived.substring(0, archived.length() - 2) : archived);
        assertThat(greenMail.getReceivedMessages()[0].getMessageID()).isEqualTo(receipt.messageId());
    }

    @Test
    void send_whenArchiveFails_resumeArchivesWithoutASecondSmtpSend() {
        archive.failingTimes(1);
        SendEmailService service = service(relay(greenMail.getSmtp().getPort()));

        assertThat(service.send(SendEmailCommand.of(mail, Mails.tenant())).status())
                .isEqualTo(Status.SENT_ARCHIVE_PENDING);
        List<SendReceipt> resumed = new ResumeSendsService(
                        () -> archive, ScriptedDeliveryCheck::new, (location, create) -> journal, clock)
                .resume(new ResumeSendsCommand(JournalLocation.of(Path.of("outbox")), Mails.tenant(), false, false))
                .receipts();
        SendReceipt again = service.send(SendEmailCommand.of(mail, Mails.tenant()));

        assertThat(resumed).extracting(SendReceipt::status).containsExactly(Status.SENT_AND_ARCHIVED);
        assertThat(again.status()).isEqualTo(Status.ALREADY_DONE);
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(archive.archived())
                .singleElement()
                .satisfies(a -> assertThat(a.messageId()).isEqualTo(greenMail.getReceivedMessages()[0].getMessageID()));
    }

    @Test
    void send_whenRelayDown_notSentNothingArchivedAndReasonGiven() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        SendReceipt receipt = service(relay(closedPort)).send(SendEmailCommand.of(mail, Mails.tenant()));

        assertThat(receipt.status()).isEqualTo(Status.NOT_SENT);
        assertThat(receipt.detail()).contains("smtp-relay: cannot use the SMTP relay 127.0.0.1:" + closedPort);
        assertThat(archive.archived()).isEmpty();
    }

    /**
     * Issue 19: a relay that closes the connection after the final dot has the mail. The strategy list never falls
     * through to the hand-off, the journal keeps the entry SENDING with the Message-ID, and the same command again
     * sends nothing (NEEDS_CHECKING); the relay holds exactly one copy.
     */
    @Test
    void send_whenRelayClosesAfterTheFinalDot_noHandOffNoSecondCopyAndNeedsChecking() throws Exception {
        try (ScriptedSmtpServer relay = ScriptedSmtpServer.start(new ScriptedSmtpServer.Script()
                .on(ScriptedSmtpServer.On.END_OF_DATA, new ScriptedSmtpServer.Close()))) {
            var handoff = new RecordingSendStrategy("activity-handoff");
            SendEmailService service = service(relay(relay.port()), handoff);

            SendReceipt first = service.send(SendEmailCommand.of(mail, Mails.tenant()));
            SendReceipt again = service.send(SendEmailCommand.of(mail, Mails.tenant()));

            assertThat(first.status()).isEqualTo(Status.NEEDS_CHECKING);
            assertThat(first.strategyCalled()).isTrue();
            assertThat(first.detail()).contains("send --resolve " + Sends.key(mail) + " --sent");

            JournalEntry entry = journal.find(Sends.key(mail)).orElseThrow();
            assertThat(entry.state()).isEqualTo(JournalState.SENDING);
            assertThat(entry.strategy()).isEqualTo("smtp-relay");
            assertThat(again.status()).isEqualTo(Status.NEEDS_CHECKING);
            assertThat(again.messageId()).isEqualTo(entry.messageId()).endsWith("@roboplanet.example>");
            assertThat(handoff.calls()).isEmpty();
            assertThat(relay.messages()).hasSize(1);
            assertThat(relay.connections()).isEqualTo(1);
            assertThat(archive.archived()).isEmpty();
        }
    }

    private static String received() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        greenMail.getReceivedMessages()[0].writeTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
