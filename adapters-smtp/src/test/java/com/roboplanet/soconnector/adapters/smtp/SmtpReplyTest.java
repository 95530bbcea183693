package com.roboplanet.soconnector.adapters.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.EmailAddress;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class SmtpReplyTest {

    @Test
    void in_whenReplyNestedInNextException_findsCodeAndText() {
        SendFailedException e = new SendFailedException("Invalid Addresses");
        e.setNextException(new MessagingException("451 4.7.1 Greylisted, try again later\n"));

        assertThat(SmtpReply.in(e)).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo(451);
            assertThat(r.transient4xx()).isTrue();
            assertThat(r.text()).isEqualTo("451 4.7.1 Greylisted, try again later");
        });
    }

    @Test
    void in_whenBadGreeting_findsCodeAfterResponse() {
        MessagingException e =
                new MessagingException("Got bad greeting from SMTP host: h, port: 25, response: 554 no service");

        assertThat(SmtpReply.in(e)).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(554));
    }

    @Test
    void in_whenConnectionRefused_hasNoReplyButIsUnreachable() {
        MessagingException e = new MessagingException("Couldn't connect", new ConnectException("Connection refused"));

        assertThat(SmtpReply.in(e)).isEmpty();
        assertThat(SmtpRelaySendStrategy.unreachable(e)).isTrue();
    }

    @Test
    void rejected_when4xxOnLastAttempt_isNotAvailableWithReply() {
        SmtpSettings settings = SmtpSettings.of(
                "127.0.0.1", 2525, SmtpSecurity.NONE, null, null, new EmailAddress("relay@roboplanet.example"));
        SendFailedException e = new SendFailedException("452 4.3.1 Insufficient system storage");

        assertThat(SmtpFailures.rejected(settings, e, 1, false)).isEmpty();
        assertThat(SmtpFailures.rejected(settings, e, 3, true))
                .hasValueSatisfying(o -> assertThat(o.toString()).contains("after 3 attempts: 452 4.3.1"));
    }

    @Test
    void rejected_whenSendAsDenied_suggestsRepAsFromNever() {
        SmtpSettings settings = SmtpSettings.of(
                "127.0.0.1", 2525, SmtpSecurity.NONE, null, null, new EmailAddress("relay@roboplanet.example"));
        SendFailedException e = new SendFailedException(
                "554 5.2.252 SendAsDenied; relay@roboplanet.example not allowed to send as anna@roboplanet.example");

        assertThat(SmtpFailures.rejected(settings, e, 1, false))
                .hasValueSatisfying(o -> assertThat(o.toString()).contains("SMTP_REP_AS_FROM=never"));
    }
}
