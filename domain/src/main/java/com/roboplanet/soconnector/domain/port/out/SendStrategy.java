package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import java.util.Optional;

/**
 * One way of getting a mail to its recipient: SuperOffice's EMail agent, an SMTP relay, a task for
 * the rep. The service tries the configured strategies in order.
 */
public interface SendStrategy {

    /** The configuration name, e.g. {@code smtp-relay}. */
    String name();

    /** One line for a dry run: what this strategy would do with the mail and where it would go. */
    String describe(OutboundEmail email);

    /**
     * The Message-ID this strategy will give the mail, known before sending so that the journal can
     * hold it if the run dies mid-send. Strategies that derive it from the key return it here.
     */
    default Optional<String> plannedMessageId(OutboundEmail email, IdempotencyKey key) {
        return Optional.empty();
    }

    /**
     * Sends or hands off the mail. Transient failures are retried inside; "not granted" and "not
     * available" are outcomes, not exceptions.
     *
     * @throws SendStrategyException for the unexpected; it says whether the mail may have left
     */
    SendOutcome send(OutboundEmail email, IdempotencyKey key);

    /**
     * A strategy the configuration leaves out (a relay without a host, say): it never sends and always answers
     * {@code notAvailable}, so that a list of strategies falls through to the next and the user learns how to set it
     * up.
     *
     * @param describe the dry run's line for it
     */
    static SendStrategy notConfigured(String name, String describe, SendOutcome.NotAvailable notAvailable) {
        return new SendStrategy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String describe(OutboundEmail email) {
                return describe;
            }

            @Override
            public SendOutcome send(OutboundEmail email, IdempotencyKey key) {
                return notAvailable;
            }
        };
    }
}
