package com.roboplanet.soconnector.adapters.smtp;

import static com.roboplanet.soconnector.adapters.smtp.ScriptedSmtpServer.reply;
import static com.roboplanet.soconnector.adapters.smtp.ScriptedSmtpServer.replyAndClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.adapters.smtp.ScriptedSmtpServer.Action;
import com.roboplanet.soconnector.adapters.smtp.ScriptedSmtpServer.Close;
import com.roboplanet.soconnector.adapters.smtp.ScriptedSmtpServer.On;
import com.roboplanet.soconnector.adapters.smtp.ScriptedSmtpServer.Reset;
import com.roboplanet.soconnector.adapters.smtp.ScriptedSmtpServer.Script;
import com.roboplanet.soconnector.adapters.smtp.ScriptedSmtpServer.Silent;
import com.roboplanet.soconnector.adapters.smtp.ScriptedSmtpServer.TlsGarbage;
import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.Recipient;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendOutcome.NotAvailable;
import com.roboplanet.soconnector.domain.port.out.SendStrategyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The relay strategy against a misbehaving relay, at every boundary of the mail transaction: before MAIL FROM, after
 * RCPT TO, during the data, after the final dot. Before the dot nothing can have been delivered; after it, only a
 * 4xx/5xx reply says "not delivered", anything else is "possibly delivered".
 */
class RelayBoundariesIT {
    private static final String RELAY = "noreply@roboplanet.example";

    private final List<Duration> sleeps = new ArrayList<>();
    private ScriptedSmtpServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private ScriptedSmtpServer start(Script script) throws IOException {
        server = ScriptedSmtpServer.start(script);
        return server;
    }

    private SmtpSettings settings() {
        return SmtpSettings.of("127.0.0.1", server.port(), SmtpSecurity.NONE, null, null, new EmailAddress(RELAY))
                .withRetries(3, Duration.ofSeconds(2));
    }

    private SendOutcome send(SmtpSettings settings, OutboundEmail mail) {
        return Sends.send(new SmtpRelaySendStrategy(settings, Clock.systemUTC(), sleeps::add), mail, Sends.key(mail));
    }

    private SendOutcome send(OutboundEmail mail) {
        return send(settings(), mail);
    }

    // --- before the final dot: nothing delivered, the connection is retried, then "not available" ---

    static Stream<Arguments> brokenBeforeTheDot() {
        return Stream.of(
                Arguments.of("closed before MAIL FROM", On.MAIL, new Close(), "MAIL FROM"),
                Arguments.of("reset at MAIL FROM", On.MAIL, new Reset(), "MAIL FROM"),
                Arguments.of("closed after RCPT TO, at DATA", On.DATA, new Close(), "DATA"),
                Arguments.of("reset after RCPT TO, at DATA", On.DATA, new Reset(), "DATA"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenBeforeTheDot")
    void send_whenConnectionBreaksBeforeTheData_isRetriedThenNotAvailableAndNothingWasReceived(
            String name, On on, Action action, String stage) throws Exception {
        start(new Script().on(on, action));

        SendOutcome outcome = send(Mails.mail("Angebot"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        NotAvailable.class,
                        n -> assertThat(n.reason())
                                .contains("broke at " + stage + ", before the mail was complete")
                                .contains("after 3 attempts; nothing was delivered"));
        assertThat(server.messages()).isEmpty();
        assertThat(server.connections()).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    /**
     * The reset comes while the client is still writing: the data after the marker is far larger than what the
     * client's send buffer and the server's small receive buffer can hold, so the client cannot have reached the dot.
     */
    @Test
    void send_whenConnectionResetDuringTheData_isNotDelivered() throws Exception {
        start(new Script().contentMarker("RESET-HERE").on(On.CONTENT, new Reset()));
        String body = "Hallo Bob,\nRESET-HERE\n" + "Zeile mit Inhalt, damit der Puffer voll wird.\n".repeat(200_000);
        OutboundEmail big = new OutboundEmail(Mails.rep(), Mails.recipient(), 67, null, "Angebot", body, null);

        SendOutcome outcome = send(settings().withRetries(1, Duration.ZERO), big);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        NotAvailable.class,
                        n -> assertThat(n.reason())
                                .contains("broke at the message data, before the mail was complete"));
        assertThat(server.messages()).isEmpty();
    }

    // --- after the final dot: possibly delivered, never retried, never "not available" ---

    static Stream<Arguments> noReplyAfterTheDot() {
        return Stream.of(
                Arguments.of("closed", new Close(), "the relay closed the connection"),
                Arguments.of("reset", new Reset(), "the connection was reset"),
                Arguments.of(
                        "silent until the timeout",
                        new Silent(),
                        "its reply to the end of the data never came (nothing within 1 s)"));
    }

    @ParameterizedTest(name = "{0} after the final dot")
    @MethodSource("noReplyAfterTheDot")
    void send_whenNoReplyAfterTheFinalDot_isPossiblyDeliveredOnceAndNeverRetried(
            String name, Action action, String what) throws Exception {
        start(new Script().on(On.END_OF_DATA, action));
        OutboundEmail mail = Mails.mail("Angebot");
        String messageId = "<" + Sends.key(mail) + "@roboplanet.example>";

        assertThatThrownBy(() -> send(settings().withTimeout(Duration.ofSeconds(1)), mail))
                .isInstanceOfSatisfying(
                        SendStrategyException.class,
                        e -> assertThat(e.possiblyDelivered()).isTrue())
                .hasMessageContaining("the whole mail " + messageId + " went to the SMTP relay")
                .hasMessageContaining(what)
                .hasMessageContaining("it may have accepted the mail");
        assertThat(server.messages()).hasSize(1);
        assertThat(server.connections()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void send_whenTlsBreaksAfterTheFinalDot_isPossiblyDelivered() throws Exception {
        start(new Script().tls().on(On.END_OF_DATA, new TlsGarbage()));
        SmtpSettings tls = SmtpSettings.of(
                        "127.0.0.1", server.port(), SmtpSecurity.SSL, null, null, new EmailAddress(RELAY))
                .withSslTrust("127.0.0.1");

        assertThatThrownBy(() -> send(tls, Mails.mail("Angebot")))
                .isInstanceOfSatisfying(
                        SendStrategyException.class,
                        e -> assertThat(e.possiblyDelivered()).isTrue())
                .hasMessageContaining("it may have accepted the mail");
        assertThat(server.messages()).hasSize(1);
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void send_whenTlsRelayAccepts_isSent() throws Exception {
        start(new Script().tls());
        SmtpSettings tls = SmtpSettings.of(
                        "127.0.0.1", server.port(), SmtpSecurity.SSL, null, null, new EmailAddress(RELAY))
                .withSslTrust("127.0.0.1");

        assertThat(send(tls, Mails.mail("Angebot"))).isInstanceOf(SendOutcome.Sent.class);
        assertThat(server.messages()).hasSize(1);
    }

    @Test
    void send_whenRelayRefusesTheEndOfData_isNotAvailableWithTheReplyAndNotRetried() throws Exception {
        start(new Script().on(On.END_OF_DATA, reply("554 5.7.1 Message rejected as spam by Content Filtering.")));

        SendOutcome outcome = send(Mails.mail("Angebot"));

        assertThat(outcome).isInstanceOfSatisfying(NotAvailable.class, n -> {
            assertThat(n.reason())
                    .contains("refused the mail: 554 5.7.1 Message rejected as spam by Content Filtering."
                            + " (reply to the end of the data)");
            assertThat(n.fix()).doesNotContain("Send As");
        });
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void send_whenRelayDefersTheEndOfData_retriesWithBackoffThenSaysSo() throws Exception {
        start(new Script().on(On.END_OF_DATA, reply("451 4.3.0 Mail server temporarily rejected message.")));

        SendOutcome outcome = send(Mails.mail("Angebot"));

        assertThat(outcome).isInstanceOfSatisfying(NotAvailable.class, n -> {
            assertThat(n.reason())
                    .contains("asked to try again later: 451 4.3.0 Mail server temporarily rejected message."
                            + " (reply to the end of the data, 3 attempts)");
            assertThat(n.fix()).contains("send again later");
        });
        assertThat(server.connections()).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    // --- the greeting ---

    @Test
    void send_whenRelayRefusesTheGreeting_saysToSetSmtpHeloNameAndSendsWithIt() throws Exception {
        start(new Script().acceptOnlyHeloName("relay-client.roboplanet.example"));

        SendOutcome refused = send(settings().withHeloName("localhost"), Mails.mail("Angebot"));
        SendOutcome defaulted = send(Mails.mail("Angebot"));
        SendOutcome sent = send(settings().withHeloName("relay-client.roboplanet.example"), Mails.mail("Angebot"));

        assertThat(refused).isInstanceOfSatisfying(NotAvailable.class, n -> {
            assertThat(n.reason())
                    .contains("refused this machine's greeting: 421 4.7.0 Try again later, closing connection."
                            + " (EHLO) (reply to EHLO/HELO)")
                    .doesNotContain("[EOF]");
            assertThat(n.fix()).contains("EHLO localhost").startsWith("set SMTP_HELO_NAME");
        });
        assertThat(defaulted)
                .isInstanceOfSatisfying(
                        NotAvailable.class, n -> assertThat(n.fix()).contains("set SMTP_HELO_NAME"));
        assertThat(sent).isInstanceOf(SendOutcome.Sent.class);
        assertThat(server.commands())
                .contains("EHLO localhost", "EHLO relay-client.roboplanet.example")
                .doesNotContain("EHLO vm");
        assertThat(server.messages()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    // --- refusals read by their enhanced status codes ---

    @Test
    void send_whenRelayRequiresLogin_adviceNamesSmtpUsername() throws Exception {
        start(new Script().on(On.MAIL, reply("530 5.7.57 Client not authenticated to send mail. [BN1P110CA0052]")));

        SendOutcome outcome = send(Mails.mail("Angebot"));

        assertThat(outcome).isInstanceOfSatisfying(NotAvailable.class, n -> {
            assertThat(n.reason()).contains("requires a login: 530 5.7.57").contains("(reply to MAIL FROM)");
            assertThat(n.fix())
                    .startsWith("set SMTP_USERNAME and SMTP_PASSWORD")
                    .doesNotContain("Send As");
        });
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void send_whenRelayRefusesToRelay_givesTheRelayAdvice() throws Exception {
        start(new Script().on(On.RCPT, reply("550 5.7.1 Unable to relay")));

        SendOutcome outcome = send(Mails.mail("Angebot"));

        assertThat(outcome).isInstanceOfSatisfying(NotAvailable.class, n -> {
            assertThat(n.reason()).contains("refused to relay to an outside domain: 550 5.7.1 Unable to relay");
            assertThat(n.fix())
                    .startsWith("allow this host or account to relay to outside domains")
                    .doesNotContain("Send As");
        });
    }

    @Test
    void send_whenRelayDefersRelaying454_saysWhyAtOnceInsteadOfRetryingBlindly() throws Exception {
        start(new Script().on(On.RCPT, reply("454 4.7.1 <bob@customer.example>: Relay access denied")));

        SendOutcome outcome = send(Mails.mail("Angebot"));

        assertThat(outcome).isInstanceOfSatisfying(NotAvailable.class, n -> {
            assertThat(n.reason()).contains("refused to relay to an outside domain: 454 4.7.1");
            assertThat(n.fix()).contains("use the submission account");
        });
        assertThat(server.connections()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void send_whenSendAsDenied_givesTheSendAsAdvice() throws Exception {
        start(new Script()
                .on(On.END_OF_DATA, reply("550 5.7.60 SMTP; Client does not have permissions to send as this sender")));

        SendOutcome outcome = send(Mails.mail("Angebot"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        NotAvailable.class,
                        n -> assertThat(n.fix())
                                .contains("grant the relay account Send As rights")
                                .contains("SMTP_REP_AS_FROM=never"));
    }

    @Test
    void send_whenGreylisted_retriesWithBackoffAsBefore() throws Exception {
        start(new Script()
                .on(On.RCPT, reply("450 4.2.0 <bob@customer.example>: Recipient address rejected: Greylisted")));

        SendOutcome outcome = send(Mails.mail("Angebot"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        NotAvailable.class,
                        n -> assertThat(n.reason()).contains("asked to try again later: 450 4.2.0"));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    // --- international addresses ---

    @Test
    void send_whenRecipientDomainIsInternational_envelopeAndHeadersCarryTheAsciiForm() throws Exception {
        start(new Script());
        OutboundEmail mail = mailTo("Bäckerei Kunz Einkauf", "einkauf@bäckerei-kunz.de");

        assertThat(send(mail)).isInstanceOf(SendOutcome.Sent.class);

        assertThat(server.commands()).contains("RCPT TO:<einkauf@xn--bckerei-kunz-gcb.de>");
        String received = new String(server.messages().get(0), StandardCharsets.UTF_8);
        assertThat(received)
                .contains("To: =?UTF-8?Q?B=C3=A4ckerei_Kunz_Einkauf?= <einkauf@xn--bckerei-kunz-gcb.de>")
                .doesNotContain("bäckerei");
        assertThat(server.commands()).noneMatch(c -> c.contains("SMTPUTF8"));
    }

    @Test
    void send_whenLocalPartIsInternationalAndRelayOffersSmtpUtf8_sendsWithSmtpUtf8() throws Exception {
        start(new Script().extension("SMTPUTF8"));
        OutboundEmail mail = mailTo("Jürgen Groß", "jürgen.groß@bäckerei-kunz.de");

        SendOutcome outcome = send(mail);

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        assertThat(server.commands())
                .contains("MAIL FROM:<" + RELAY + "> SMTPUTF8", "RCPT TO:<jürgen.groß@xn--bckerei-kunz-gcb.de>");
        String received = new String(server.messages().get(0), StandardCharsets.UTF_8);
        assertThat(received).contains("To: =?UTF-8?Q?J=C3=BCrgen_Gro=C3=9F?= <jürgen.groß@xn--bckerei-kunz-gcb.de>");
        String archived = new String(((SendOutcome.Sent) outcome).mime(), StandardCharsets.UTF_8);
        assertThat(received).isEqualTo(archived.endsWith("\r\n") ? archived : archived + "\r\n");
    }

    @Test
    void send_whenLocalPartIsInternationalAndRelayLacksSmtpUtf8_refusesInOneLineAndSendsNothing() throws Exception {
        start(new Script());
        OutboundEmail mail = mailTo("Jürgen Groß", "jürgen.groß@bäckerei-kunz.de");

        SendOutcome outcome = send(mail);

        assertThat(outcome).isInstanceOfSatisfying(NotAvailable.class, n -> {
            assertThat(n.reason())
                    .isEqualTo("the SMTP relay 127.0.0.1:" + server.port() + " (none, no login) does not offer"
                            + " SMTPUTF8 (RFC 6531), which jürgen.groß@bäckerei-kunz.de needs: its part before @ is"
                            + " not ASCII");
            assertThat(n.fix()).contains("SMTPUTF8");
        });
        assertThat(server.commands()).noneMatch(c -> c.startsWith("MAIL"));
        assertThat(sleeps).isEmpty();
    }

    private static OutboundEmail mailTo(String name, String address) {
        return new OutboundEmail(
                Mails.rep(), new Recipient(380, name, new EmailAddress(address)), 67, null, "Angebot", "Hallo", null);
    }

    // --- a refusal of the greeting, after the greeting was overcome, must not be blamed for what came later ---

    @Test
    void send_whenEhloRefusedButHeloAcceptedAndLaterConnectionLost_blamesTheConnection() throws Exception {
        start(new Script()
                .on(On.EHLO, reply("502 5.5.2 Error: command not recognized"))
                .on(On.MAIL, new Close()));

        SendOutcome outcome = send(settings().withRetries(1, Duration.ZERO), Mails.mail("Angebot"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        NotAvailable.class, n -> assertThat(n.reason()).contains("broke at MAIL FROM"));
    }

    @Test
    void send_whenGreetingBannerIs421_retriesAsBefore() throws Exception {
        start(new Script().on(On.GREETING, replyAndClose("421 4.3.2 Service not available, try later")));

        SendOutcome outcome = send(Mails.mail("Angebot"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        NotAvailable.class,
                        n -> assertThat(n.reason())
                                .contains("asked to try again later: 421 4.3.2 Service not available, try later"
                                        + " (reply to the connection, 3 attempts)"));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }
}
