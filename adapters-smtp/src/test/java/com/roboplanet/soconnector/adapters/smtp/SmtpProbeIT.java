package com.roboplanet.soconnector.adapters.smtp;

import static com.roboplanet.soconnector.adapters.smtp.ScriptedSmtpServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.adapters.smtp.ScriptedSmtpServer.On;
import com.roboplanet.soconnector.adapters.smtp.ScriptedSmtpServer.Script;
import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.model.ProbeRow.Status;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The probe asks MAIL FROM and RCPT TO, then RSET: the row says whether the relay would take the rep's mail. */
class SmtpProbeIT {
    private static final String RELAY = "noreply@roboplanet.example";

    private ScriptedSmtpServer server;

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private List<ProbeRow> probe(Script script) throws IOException {
        server = ScriptedSmtpServer.start(script);
        return new SmtpProbe(SmtpSettings.of(
                        "127.0.0.1",
                        server.port(),
                        SmtpSecurity.NONE,
                        "relay-user",
                        "relay-Pa55",
                        new EmailAddress(RELAY)))
                .probe();
    }

    @Test
    void probe_whenRelayAccepts_rowIsOkAndNoMailWasStarted() throws Exception {
        List<ProbeRow> rows = probe(new Script());

        assertThat(rows).extracting(ProbeRow::status).containsExactly(Status.OK, Status.SKIPPED, Status.OK, Status.OK);
        ProbeRow accepts = rows.get(3);
        assertThat(accepts.capability()).isEqualTo(SmtpProbe.ACCEPTS);
        assertThat(accepts.evidence())
                .isEqualTo("MAIL FROM:<" + RELAY + "> 250 2.1.0 Ok; RCPT TO:<postmaster@example.com> 250 2.1.5 Ok");
        assertThat(server.commands())
                .filteredOn(c -> !c.startsWith("EHLO") && !c.startsWith("AUTH"))
                .containsExactly("MAIL FROM:<" + RELAY + ">", "RCPT TO:<postmaster@example.com>", "RSET", "QUIT");
        assertThat(server.messages()).isEmpty();
    }

    @Test
    void probe_whenRelayRefusesMailFrom_rowSaysItWouldNotAccept() throws Exception {
        List<ProbeRow> rows =
                probe(new Script().on(On.MAIL, reply("530 5.7.57 Client not authenticated to send mail.")));

        ProbeRow accepts = rows.get(3);
        assertThat(accepts.status()).isEqualTo(Status.FAILED);
        assertThat(accepts.evidence())
                .isEqualTo("MAIL FROM:<" + RELAY + "> 530 5.7.57 Client not authenticated to send mail.");
        assertThat(accepts.meaning())
                .isEqualTo("the relay requires a login at MAIL FROM: it would not accept the rep's mail");
        assertThat(accepts.fix())
                .startsWith("check SMTP_SECURITY: SMTP_USERNAME is set, but the relay offered no login");
        assertThat(server.commands()).noneMatch(c -> c.startsWith("RCPT") || c.startsWith("DATA"));
    }

    @Test
    void probe_whenRelayRefusesRcptTo_rowSaysItWouldNotAcceptWithTheRelayAdvice() throws Exception {
        List<ProbeRow> rows =
                probe(new Script().on(On.RCPT, reply("454 4.7.1 <postmaster@example.com>: Relay access denied")));

        ProbeRow accepts = rows.get(3);
        assertThat(accepts.status()).isEqualTo(Status.FAILED);
        assertThat(accepts.evidence())
                .isEqualTo("RCPT TO:<postmaster@example.com> 454 4.7.1 <postmaster@example.com>: Relay access denied");
        assertThat(accepts.fix()).startsWith("allow this host or account to relay to outside domains");
        assertThat(server.commands()).contains("RSET").noneMatch(c -> c.startsWith("DATA"));
    }

    @Test
    void probe_whenRelayRefusesOnlyTheReservedTestDomain_rowIsOk() throws Exception {
        List<ProbeRow> rows = probe(new Script()
                .on(
                        On.RCPT,
                        reply("556 5.1.10 <postmaster@example.com>: Recipient address rejected: Domain example.com"
                                + " does not accept mail (nullMX)")));

        assertThat(rows.get(3).status()).isEqualTo(Status.OK);
        assertThat(rows.get(3).meaning()).contains("refused only the test address postmaster@example.com");
    }

    @Test
    void probe_whenRelayRefusesTheGreeting_connectRowNamesSmtpHeloName() throws Exception {
        List<ProbeRow> rows = probe(new Script().acceptOnlyHeloName("relay-client.roboplanet.example"));

        assertThat(rows)
                .extracting(ProbeRow::status)
                .containsExactly(Status.FAILED, Status.SKIPPED, Status.SKIPPED, Status.SKIPPED);
        assertThat(rows.get(0).evidence()).isEqualTo("421 4.7.0 Try again later, closing connection. (EHLO)");
        assertThat(rows.get(0).meaning()).contains("refused this machine's greeting (EHLO ");
        assertThat(rows.get(0).fix()).contains("set SMTP_HELO_NAME");
    }
}
