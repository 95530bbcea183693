package com.roboplanet.soconnector.domain.port.in;

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
 * @param journal the journal directory
 * @param resultsFile the per-row result file; not written in a dry run
 * @param dryRun say what each row would send; send and write nothing
 * @param resendUnconfirmed send again the rows whose earlier run was interrupted mid-send
 * @param batchReading the recipient list's encoding and sheet, where the user named them
 */
public record SendBatchCommand(
        Path batchFile,
        Path templateFile,
        String rep,
        String rate,
        Path journal,
        Path resultsFile,
        boolean dryRun,
        boolean resendUnconfirmed,
        TableReading batchReading) {
    public static final String DEFAULT_RATE = "1/s";

    public SendBatchCommand {
        Objects.requireNonNull(batchFile, "batchFile");
        Objects.requireNonNull(templateFile, "templateFile");
        rate = Objects.requireNonNullElse(rate, DEFAULT_RATE);
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(resultsFile, "resultsFile");
        batchReading = Objects.requireNonNullElse(batchReading, TableReading.DETECT);
    }

    /** A batch whose recipient list is read with everything detected. */
    public SendBatchCommand(
            Path batchFile,
            Path templateFile,
            String rep,
            String rate,
            Path journal,
            Path resultsFile,
            boolean dryRun,
            boolean resendUnconfirmed) {
        this(batchFile, templateFile, rep, rate, journal, resultsFile, dryRun, resendUnconfirmed, TableReading.DETECT);
    }
}
