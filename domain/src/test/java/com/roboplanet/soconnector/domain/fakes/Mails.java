package com.roboplanet.soconnector.domain.fakes;

import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.Recipient;
import com.roboplanet.soconnector.domain.model.Rep;
import com.roboplanet.soconnector.domain.model.TenantId;

/** Valid mails for tests. */
public final class Mails {
    private Mails() {}

    public static Rep rep() {
        return new Rep(5, "Anna Vertrieb", new EmailAddress("anna@roboplanet.example"));
    }

    public static Recipient recipient() {
        return new Recipient(380, "Bob Kunde", new EmailAddress("bob@customer.example"));
    }

    /** The tenant the tests send for. */
    public static TenantId tenant() {
        return new TenantId("sod", "Cust12345");
    }

    /** Another tenant, e.g. the sandbox a user tried the same mail on. */
    public static TenantId otherTenant() {
        return new TenantId("sandbox", "Cust10042");
    }

    public static OutboundEmail mail(String subject) {
        return new OutboundEmail(rep(), recipient(), 67, 12L, subject, "Hallo Bob,\nanbei das Angebot.", null);
    }
}
