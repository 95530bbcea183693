package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import java.util.Objects;

/**
 * One mail to send.
 *
 * @param key null to derive it from the mail ({@link IdempotencyKey#derive})
 * @param dryRun say what would be sent and where; send and write nothing
 * @param resendUnconfirmed send again although an earlier run died mid-send; only after a person
 *     checked the rep's sent items for the Message-ID and did not find it
 */
public record SendEmailCommand(OutboundEmail email, IdempotencyKey key, boolean dryRun, boolean resendUnconfirmed) {
    public SendEmailCommand {
        Objects.requireNonNull(email, "email");
        if (key == null) {
            key = IdempotencyKey.derive(email);
        }
    }

    public static SendEmailCommand of(OutboundEmail email) {
        return new SendEmailCommand(email, null, false, false);
    }
}
