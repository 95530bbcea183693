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
     * Fixes what the mail will be before anything leaves: its Message-ID (derived from the key, so that a mail sent again
     * after a person decided it did not arrive carries the same one) and, for a strategy that renders the mail itself,
     * the exact bytes. The journal records them before {@link #send} is called. Sends nothing; the default fixes
     * nothing.
     *
     * @throws SendStrategyException when the mail cannot be rendered (nothing has left)
     */
    default PreparedMail prepare(OutboundEmail email, IdempotencyKey key) {
        return PreparedMail.unplanned(email, key);
    }

    /**
     * Sends or hands off the mail as {@link #prepare} fixed it: the Message-ID and the bytes, when fixed, are the ones
     * that leave. Transient failures are retried inside; "not granted" and "not available" are outcomes, not exceptions.
     *
     * @throws SendStrategyException for the unexpected; it says whether the mail may have left
     */
    SendOutcome send(PreparedMail mail);

    /**
     * Why this strategy can never serve in this configuration (a relay without a host), known without asking anyone; a
     * dry run uses it to say a mail would not be sent. Empty for a strategy that may serve.
     */
    default Optional<SendOutcome.NotAvailable> unavailableByConfiguration() {
        return Optional.empty();
    }

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
            public SendOutcome send(PreparedMail mail) {
                return notAvailable;
            }

            @Override
            public Optional<SendOutcome.NotAvailable> unavailableByConfiguration() {
                return Optional.of(notAvailable);
            }
        };
    }
}
