package com.roboplanet.soconnector.adapters.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.model.Recipient;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpRelaySendStrategyIT {
    private static final String RELAY = "noreply@roboplanet.example";
    private static final String RELAY_PASSWORD = "relay-Secret-123";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(RELAY, RELAY, RELAY_PASSWORD));

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final List<Duration> sleeps = new ArrayList<>();

    private SmtpSettings settings(int port, String password) {
        return SmtpSettings.of("127.0.0.1", port, SmtpSecurity.NONE, RELAY, password, new EmailAddress(RELAY))
                .withRetries(3, Duration.ofSeconds(2));
    }

    private SmtpRelaySendStrategy strategy(SmtpSettings s) {
        return new SmtpRelaySendStrategy(s, clock, sleeps::add);
    }

    private SmtpRelaySendStrategy relay() {
        return strategy(settings(greenMail.getSmtp().getPort(), RELAY_PASSWORD));
    }

    @Test
    void send_whenRelayUp_mailArrivesWithHeadersAndTheExactBytesReturned() throws Exception {
        OutboundEmail mail = new OutboundEmail(
                Mails.rep(),
                Mails.recipient(),
                67,
                12L,
                "Grüße: Angebot Omnie CD-01",
                "Hallo Bob,\nanbei das Angebot.\n.\nGruß Anna",
                null);
        IdempotencyKey key = Sends.key(mail);

        SendOutcome outcome = Sends.send(relay(), mail, key);

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        SendOutcome.Sent sent = (SendOutcome.Sent) outcome;
        assertThat(sent.messageId()).isEqualTo("<" + key + "@roboplanet.example>");
        MimeMessage received = singleReceived();
        assertThat(received.getMessageID()).isEqualTo(sent.messageId());
        assertThat(received.getSubject()).isEqualTo("Grüße: Angebot Omnie CD-01");
        assertThat(received.getHeader("From", null)).isEqualTo("Anna Vertrieb <anna@roboplanet.example>");
        assertThat(received.getHeader("Sender", null)).isEqualTo(RELAY);
        assertThat(received.getHeader("Reply-To", null)).isEqualTo("Anna Vertrieb <anna@roboplanet.example>");
        assertThat(received.getHeader("To", null)).isEqualTo("Bob Kunde <bob@customer.example>");
        assertThat(receivedBytes(received)).endsWith(asStoredByGreenMail(sent.mime()));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void send_whenHtmlGiven_sendsMultipartAlternative() throws Exception {
        OutboundEmail mail = new OutboundEmail(
                Mails.rep(), Mails.recipient(), 67, null, "Angebot", "Text version", "<p>HTML version</p>");

        SendOutcome.Sent sent = (SendOutcome.Sent) Sends.send(relay(), mail, Sends.key(mail));

        MimeMessage received = singleReceived();
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(receivedBytes(received)).endsWith(asStoredByGreenMail(sent.mime()));
    }

    @Test
    void send_whenRelayDown_retriesWithBackoffThenNotAvailableWithFix() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        OutboundEmail mail = Mails.mail("Angebot");

        SendOutcome outcome = Sends.send(strategy(settings(closedPort, RELAY_PASSWORD)), mail, Sends.key(mail));

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.NotAvailable.class, n -> {
            assertThat(n.reason())
                    .startsWith("cannot use the SMTP relay 127.0.0.1:" + closedPort + " (none, user " + RELAY
                            + ") after 3 attempts");
            assertThat(n.fix()).contains("SMTP_HOST and SMTP_PORT");
        });
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void send_whenStarttlsRequiredButNotOffered_notAvailableWithTlsFix() {
        OutboundEmail mail = Mails.mail("Angebot");
        SmtpSettings starttls = SmtpSettings.of(
                "127.0.0.1",
                greenMail.getSmtp().getPort(),
                SmtpSecurity.STARTTLS,
                RELAY,
                RELAY_PASSWORD,
                new EmailAddress(RELAY));

        SendOutcome outcome = Sends.send(strategy(starttls), mail, Sends.key(mail));

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.NotAvailable.class, n -> {
            assertThat(n.reason()).startsWith("TLS with the SMTP relay").contains("STARTTLS");
            assertThat(n.fix()).contains("SMTP_SECURITY");
        });
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void send_whenPasswordWrong_notAvailableWithoutRetryAndWithoutThePassword() {
        OutboundEmail mail = Mails.mail("Angebot");

        SendOutcome outcome =
                Sends.send(strategy(settings(greenMail.getSmtp().getPort(), "wrong-Pa55word")), mail, Sends.key(mail));

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.NotAvailable.class, n -> {
            assertThat(n.reason()).contains("refused the login").doesNotContain("wrong-Pa55word");
            assertThat(n.fix()).contains("SMTP_PASSWORD");
        });
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(sleeps).isEmpty();
    }

    /** GreenMail delivers to the mailbox of each envelope recipient (RCPT TO), so the mailbox name is the envelope. */
    @Test
    void send_whenRecipientDomainIsInternational_greenMailSeesTheAsciiEnvelopeRecipient() throws Exception {
        OutboundEmail mail = new OutboundEmail(
                Mails.rep(),
                new Recipient(380, "Einkauf", new EmailAddress("einkauf@bäckerei-kunz.de")),
                67,
                null,
                "Angebot",
                "Hallo",
                null);

        assertThat(Sends.send(relay(), mail, Sends.key(mail))).isInstanceOf(SendOutcome.Sent.class);

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(greenMail
                        .findReceivedMessages(
                                user -> user.getEmail().equals("einkauf@xn--bckerei-kunz-gcb.de"), m -> true)
                        .count())
                .isEqualTo(1);
        assertThat(singleReceived().getHeader("To", null)).isEqualTo("Einkauf <einkauf@xn--bckerei-kunz-gcb.de>");
    }

    @Test
    void send_sameKeyTwice_carriesTheSameMessageId() {
        OutboundEmail mail = Mails.mail("Angebot");
        IdempotencyKey key = Sends.key(mail);

        SendOutcome.Sent first = (SendOutcome.Sent) Sends.send(relay(), mail, key);
        SendOutcome.Sent second = (SendOutcome.Sent) Sends.send(relay(), mail, key);

        assertThat(second.messageId()).isEqualTo(first.messageId());
        assertThat(second.mime()).isEqualTo(first.mime());
    }

    @Test
    void headerInjectionAndBadAddresses_areRefusedBeforeAnyConnection() {
        assertThatThrownBy(() -> Mails.mail("Angebot\r\nBcc: all@victims.example"))
                .hasMessageStartingWith("subject contains a line break");
        assertThatThrownBy(() -> EmailAddress.parse("bob@customer.example\nBcc: x@y.example", "recipient e-mail"))
                .hasMessageStartingWith("recipient e-mail contains a line break");
        assertThatThrownBy(() -> EmailAddress.parse("bob at customer", "recipient e-mail"))
                .hasMessageStartingWith("recipient e-mail \"bob at customer\" is not a valid e-mail address");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void probe_whenRelayUp_allRowsOkAndNothingSent() {
        List<ProbeRow> rows = new SmtpProbe(settings(greenMail.getSmtp().getPort(), RELAY_PASSWORD)).probe();

        assertThat(rows)
                .extracting(ProbeRow::capability, ProbeRow::status)
                .containsExactly(
                        tuple(SmtpProbe.CONNECT, ProbeRow.Status.OK),
                        tuple(SmtpProbe.TLS, ProbeRow.Status.SKIPPED),
                        tuple(SmtpProbe.LOGIN, ProbeRow.Status.OK),
                        tuple(SmtpProbe.ACCEPTS, ProbeRow.Status.OK));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void probe_whenPasswordWrong_loginRowFailsWithFix() {
        List<ProbeRow> rows = new SmtpProbe(settings(greenMail.getSmtp().getPort(), "nope-nope")).probe();

        assertThat(rows.get(2).status()).isEqualTo(ProbeRow.Status.FAILED);
        assertThat(rows.get(2).fix()).contains("SMTP_PASSWORD");
        assertThat(rows.get(3).status()).isEqualTo(ProbeRow.Status.SKIPPED);
        assertThat(rows.toString()).doesNotContain("nope-nope");
    }

    @Test
    void probe_whenRelayDown_connectFailsAndTheRestIsSkipped() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        List<ProbeRow> rows = new SmtpProbe(settings(closedPort, RELAY_PASSWORD)).probe();

        assertThat(rows)
                .extracting(ProbeRow::status)
                .containsExactly(
                        ProbeRow.Status.FAILED,
                        ProbeRow.Status.SKIPPED,
                        ProbeRow.Status.SKIPPED,
                        ProbeRow.Status.SKIPPED);
    }

    private static MimeMessage singleReceived() {
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    /** GreenMail prepends its own Received/Return-Path lines, as any relay would; the rest must be ours. */
    private static String receivedBytes(MimeMessage received) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        received.writeTo(out);
        return latin1(out.toByteArray());
    }

    /**
     * On the wire the data ends with CRLF "." CRLF; when the mail's last line already ends in CRLF,
     * GreenMail stores it without that CRLF (it reads it as part of the terminator). Everything
     * before is compared byte for byte.
     */
    private static String asStoredByGreenMail(byte[] sent) {
        String text = latin1(sent);
        return text.endsWith("\r\n") ? text.substring(0, text.length() - 2) : text;
    }

    /** One char per byte, so that comparing strings compares bytes, with a readable diff. */
    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
