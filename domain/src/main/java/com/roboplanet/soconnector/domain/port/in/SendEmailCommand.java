package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * One mail to send.
 *
 * @param key null to derive it from the tenant and the mail ({@link IdempotencyKey#derive})
 * @param tenant the tenant the mail is sent for
 * @param dryRun say what would be sent and where; send and write nothing
 * @param resendUnconfirmed send again although an earlier run died mid-send; only after a person looked for the
 *     Message-ID where the connector said and did not find it (the same as {@code send --resolve KEY --not-sent}, then
 *     sending)
 */
public record SendEmailCommand(
        OutboundEmail email, IdempotencyKey key, TenantId tenant, boolean dryRun, boolean resendUnconfirmed) {
    public SendEmailCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(tenant, "tenant");
        if (key == null) {
            key = IdempotencyKey.derive(tenant, email);
        }
    }

    public static SendEmailCommand of(OutboundEmail email, TenantId tenant) {
        return new SendEmailCommand(email, null, tenant, false, false);
    }

    /**
     * The key an earlier version derived for this mail (without the tenant), so that its entry is found; empty when the
     * user named the key.
     */
    public Optional<IdempotencyKey> keyOfEarlierVersions() {
        return key.equals(IdempotencyKey.derive(tenant, email))
                ? Optional.of(IdempotencyKey.withoutTenant(email))
                : Optional.empty();
    }
}
