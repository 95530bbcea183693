package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import java.util.Objects;

/**
 * @param journal the journal whose unfinished mails are finished
 * @param tenant the tenant this run is configured for: only its entries are archived or settled
 * @param dryRun say what resuming would do; archive, look up and write nothing
 * @param assignEarlierEntries first assign every entry an earlier version wrote without a tenant to {@code tenant}
 *     ({@code --assign-legacy-to-current-tenant}): a person's statement that they were sent for it
 */
public record ResumeSendsCommand(
        JournalLocation journal, TenantId tenant, boolean dryRun, boolean assignEarlierEntries) {
    public ResumeSendsCommand {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(tenant, "tenant");
        if (dryRun && assignEarlierEntries) {
            throw new IllegalArgumentException("a dry run assigns nothing: leave out --dry-run to assign");
        }
    }
}
