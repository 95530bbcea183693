package com.roboplanet.soconnector.adapters.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GreenMail's SMTPS server has a self-signed test certificate: only trusted when SMTP_SSL_TRUST names the host. */
class SmtpsRelayIT {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort());

    private SmtpSettings settings() {
        return SmtpSettings.of(
                        "127.0.0.1",
                        greenMail.getSmtps().getPort(),
                        SmtpSecurity.SSL,
                        null,
                        null,
                        new EmailAddress("noreply@roboplanet.example"))
                .withRetries(1, Duration.ZERO);
    }

    @Test
    void send_whenCertificateNotTrusted_notAvailableWithTlsFix() {
        OutboundEmail mail = Mails.mail("Angebot");

        SendOutcome outcome =
                Sends.send(new SmtpRelaySendStrategy(settings(), Clock.systemUTC(), d -> {}), mail, Sends.key(mail));

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.NotAvailable.class, n -> {
            assertThat(n.reason()).startsWith("TLS with the SMTP relay");
            assertThat(n.fix()).contains("SMTP_SSL_TRUST");
        });
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void send_whenHostTrusted_deliversOverTls() {
        OutboundEmail mail = Mails.mail("Angebot");

        SendOutcome outcome = Sends.send(
                new SmtpRelaySendStrategy(settings().withSslTrust("127.0.0.1"), Clock.systemUTC(), d -> {}),
                mail,
                Sends.key(mail));

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
    }

    @Test
    void probe_whenCertificateNotTrusted_tlsRowFails() {
        List<ProbeRow> rows = new SmtpProbe(settings()).probe();

        assertThat(rows)
                .extracting(ProbeRow::status)
                .containsExactly(
                        ProbeRow.Status.OK, ProbeRow.Status.FAILED, ProbeRow.Status.SKIPPED, ProbeRow.Status.SKIPPED);
    }
}
