package com.roboplanet.soconnector.domain.fakes;

import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.Recipient;
import com.roboplanet.soconnector.domain.model.Rep;

/** Valid mails for tests. */
public final class Mails {
    private Mails() {}

    public static Rep rep() {
        return new Rep(5, "Anna Vertrieb", new EmailAddress("anna@roboplanet.example"));
    }

    public static Recipient recipient() {
        return new Recipient(380, "Bob Kunde", new EmailAddress("bob@customer.example"));
    }

    public static OutboundEmail mail(String subject) {
        return new OutboundEmail(rep(), recipient(), 67, 12L, subject, "Hallo Bob,\nanbei das Angebot.", null);
    }
}
