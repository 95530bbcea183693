package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.SendReceipt;
import java.util.List;

/**
 * What a resume found and did.
 *
 * @param receipts one per unfinished entry (this tenant's, other tenants', unassigned ones), oldest first
 * @param assigned how many entries of an earlier version were assigned to the tenant in this run
 * @param finishedUnassigned finished entries of an earlier version that are not assigned to a tenant: they need no
 *     decision, but until they are assigned, sending the same mail again stops with {@code UNASSIGNED}
 */
public record ResumeSummary(List<SendReceipt> receipts, int assigned, int finishedUnassigned) {
    public ResumeSummary {
        receipts = List.copyOf(receipts);
    }
}
