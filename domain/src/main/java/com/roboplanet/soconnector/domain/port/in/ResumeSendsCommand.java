package com.roboplanet.soconnector.domain.port.in;

import java.nio.file.Path;
import java.util.Objects;

/**
 * @param journal the journal directory whose unfinished mails are finished
 * @param dryRun say what resuming would do; archive and write nothing
 */
public record ResumeSendsCommand(Path journal, boolean dryRun) {
    public ResumeSendsCommand {
        Objects.requireNonNull(journal, "journal");
    }
}
