package com.roboplanet.soconnector.adapters.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.Rep;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimeMailBuilderTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final SmtpSettings settings = SmtpSettings.of(
            "127.0.0.1", 2525, SmtpSecurity.NONE, null, null, new EmailAddress("noreply@roboplanet.example"));

    private MimeMailBuilder builder(SmtpSettings s) {
        return new MimeMailBuilder(s, new SmtpSessions(s), clock);
    }

    private MimeMessage headers(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    @Test
    void build_whenRepDomainAlignsWithRelay_repIsFromAndRelayIsSender() throws Exception {
        OutboundEmail mail = Mails.mail("Angebot");
        MimeMail built = builder(settings).build(mail, Sends.key(mail));

        MimeMessage m = headers(built.bytes());
        assertThat(m.getHeader("From", null)).isEqualTo("Anna Vertrieb <anna@roboplanet.example>");
        assertThat(m.getHeader("Sender", null)).isEqualTo("noreply@roboplanet.example");
        assertThat(m.getHeader("Reply-To", null)).isEqualTo("Anna Vertrieb <anna@roboplanet.example>");
        assertThat(m.getMessageID()).isEqualTo("<" + Sends.key(mail) + "@roboplanet.example>");
    }

    @Test
    void build_whenRepDomainDoesNotAlign_relayIsFromWithRepNameAndRepGetsReplies() throws Exception {
        Rep gmailRep = new Rep(5, "Anna Vertrieb", new EmailAddress("anna.vertrieb@gmail.example"));
        OutboundEmail mail = new OutboundEmail(gmailRep, Mails.recipient(), 67, null, "Angebot", "Text", null);

        MimeMessage m = headers(builder(settings).build(mail, Sends.key(mail)).bytes());

        assertThat(m.getHeader("From", null)).isEqualTo("Anna Vertrieb <noreply@roboplanet.example>");
        assertThat(m.getHeader("Sender")).isNull();
        assertThat(m.getHeader("Reply-To", null)).isEqualTo("Anna Vertrieb <anna.vertrieb@gmail.example>");
    }

    @Test
    void build_whenRepAsFromNever_relayIsFromEvenIfAligned() throws Exception {
        OutboundEmail mail = Mails.mail("Angebot");

        MimeMessage m = headers(builder(settings.withRepAsFrom(RepAsFrom.NEVER))
                .build(mail, Sends.key(mail))
                .bytes());

        assertThat(m.getHeader("From", null)).isEqualTo("Anna Vertrieb <noreply@roboplanet.example>");
    }

    @Test
    void build_whenBodyHasBareLineFeeds_writesCrlfOnly() {
        OutboundEmail mail = Mails.mail("Angebot");
        String raw = new String(builder(settings).build(mail, Sends.key(mail)).bytes(), StandardCharsets.US_ASCII);

        assertThat(raw.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void aligned_whenSubdomainOrSame_isTrue_otherwiseFalse() {
        assertThat(MimeMailBuilder.aligned("roboplanet.example", "roboplanet.example"))
                .isTrue();
        assertThat(MimeMailBuilder.aligned("sales.roboplanet.example", "roboplanet.example"))
                .isTrue();
        assertThat(MimeMailBuilder.aligned("roboplanet.example", "mail.roboplanet.example"))
                .isTrue();
        assertThat(MimeMailBuilder.aligned("roboplanet.example", "roboplanet.com"))
                .isFalse();
        assertThat(MimeMailBuilder.aligned("xroboplanet.example", "roboplanet.example"))
                .isFalse();
    }
}
