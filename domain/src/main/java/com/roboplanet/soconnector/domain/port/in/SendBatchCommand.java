package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.TableReading;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One batch: a mail per row of a recipient list, from a template, on behalf of one rep.
 *
 * @param batchFile the recipient list (column {@code to}; optional {@code sale} and {@code key}; any other column
 *     fills the template)
 * @param templateFile {@code Subject: ...}, a blank line, the body
 * @param rep the rep's associate id or e-mail address, as the user wrote it
 * @param rate mails per second or minute ({@code 1/s}, {@code 0.5/s}, {@code 30/min}); null for one a second
 * @param journal where the journal is
 * @param tenant the tenant the mails are sent for (part of each key)
 * @param resultsFile the per-row result file; not written in a dry run
 * @param dryRun say what each row would send; send and write nothing
 * @param batchReading the recipient list's encoding and sheet, where the user named them
 */
public record SendBatchCommand(
        Path batchFile,
        Path templateFile,
        String rep,
        String rate,
        JournalLocation journal,
        TenantId tenant,
        Path resultsFile,
        boolean dryRun,
        TableReading batchReading) {
    public static final String DEFAULT_RATE = "1/s";

    public SendBatchCommand {
        Objects.requireNonNull(batchFile, "batchFile");
        Objects.requireNonNull(templateFile, "templateFile");
        rate = Objects.requireNonNullElse(rate, DEFAULT_RATE);
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(resultsFile, "resultsFile");
        batchReading = Objects.requireNonNullElse(batchReading, TableReading.DETECT);
    }

    /** A batch whose recipient list is read with everything detected. */
    public SendBatchCommand(
            Path batchFile,
            Path templateFile,
            String rep,
            String rate,
            JournalLocation journal,
            TenantId tenant,
            Path resultsFile,
            boolean dryRun) {
        this(batchFile, templateFile, rep, rate, journal, tenant, resultsFile, dryRun, TableReading.DETECT);
    }
}
