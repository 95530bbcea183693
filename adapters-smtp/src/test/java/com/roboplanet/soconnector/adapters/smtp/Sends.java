package com.roboplanet.soconnector.adapters.smtp;

import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;

/** Prepares and sends one mail through a strategy, as the send use case does (without the journal in between). */
final class Sends {
    private Sends() {}

    static SendOutcome send(SendStrategy strategy, OutboundEmail mail, IdempotencyKey key) {
        return strategy.send(strategy.prepare(mail, key));
    }

    /** The key the use case derives for the tests' tenant. */
    static IdempotencyKey key(OutboundEmail mail) {
        return IdempotencyKey.derive(Mails.tenant(), mail);
    }
}
