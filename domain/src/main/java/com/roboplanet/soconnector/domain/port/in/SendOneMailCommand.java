package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One mail, as the user named its parts.
 *
 * @param rep the rep's associate id or e-mail address
 * @param to the recipient's person id or e-mail address
 * @param saleId the sale the mail is about, which must belong to the recipient's company; null for none
 * @param subject one line
 * @param bodyFile the plain-text body
 * @param htmlFile an HTML body besides the text; null for none
 * @param key the mail's idempotency key as the user wrote it; null to derive it from the mail
 * @param journal where the journal is
 * @param tenant the tenant the mail is sent for (part of its key)
 * @param dryRun say what would be sent and where; send and write nothing
 * @param resendUnconfirmed send again although an earlier run died mid-send
 */
public record SendOneMailCommand(
        String rep,
        String to,
        Long saleId,
        String subject,
        Path bodyFile,
        Path htmlFile,
        String key,
        JournalLocation journal,
        TenantId tenant,
        boolean dryRun,
        boolean resendUnconfirmed) {
    public SendOneMailCommand {
        Objects.requireNonNull(bodyFile, "bodyFile");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(tenant, "tenant");
    }
}
