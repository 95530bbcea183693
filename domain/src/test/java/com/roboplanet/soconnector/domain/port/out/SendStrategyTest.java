package com.roboplanet.soconnector.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import org.junit.jupiter.api.Test;

class SendStrategyTest {
    @Test
    void notConfigured_anyMail_isNotAvailableAndSaysWhy() {
        SendOutcome.NotAvailable why = new SendOutcome.NotAvailable("no relay", "set SMTP_HOST");
        SendStrategy relay = SendStrategy.notConfigured("smtp-relay", "would be skipped", why);

        PreparedMail prepared = relay.prepare(Mails.mail("x"), new IdempotencyKey("k"));

        assertThat(relay.name()).isEqualTo("smtp-relay");
        assertThat(relay.describe(Mails.mail("x"))).isEqualTo("would be skipped");
        assertThat(prepared.messageIdIfPlanned()).isEmpty();
        assertThat(prepared.mime()).isNull();
        assertThat(relay.send(prepared)).isSameAs(why);
        assertThat(relay.send(relay.prepare(Mails.mail("y"), new IdempotencyKey("k2"))))
                .isSameAs(why);
    }
}
