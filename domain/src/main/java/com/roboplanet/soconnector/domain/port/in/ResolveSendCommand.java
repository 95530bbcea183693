package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import java.util.Objects;

/**
 * A person's decision about one mail whose send was interrupted: {@code send --resolve KEY|MESSAGE-ID --sent} ("I found
 * it, it arrived") or {@code --not-sent} ("it is not there").
 *
 * @param reference the mail's idempotency key or its Message-ID, with or without angle brackets
 * @param arrived true for {@code --sent}
 */
public record ResolveSendCommand(JournalLocation journal, TenantId tenant, String reference, boolean arrived) {
    public ResolveSendCommand {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(tenant, "tenant");
        reference = Objects.requireNonNull(reference, "reference").strip();
        if (reference.isEmpty()) {
            throw new IllegalArgumentException("--resolve needs the mail's key or Message-ID");
        }
    }
}
