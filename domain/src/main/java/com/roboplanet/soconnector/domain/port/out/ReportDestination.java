package com.roboplanet.soconnector.domain.port.out;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a report goes, as the user chose it.
 *
 * @param file resolved against the working directory; replaced only once the report is complete
 */
public record ReportDestination(Path file, ReportFormat format) {
    public ReportDestination {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
    }
}
