package com.roboplanet.soconnector.domain.port.out;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a report goes, as the user chose it: a file, or standard output ({@code --out -}) for a pipe.
 *
 * @param file resolved against the working directory; replaced only once the report is complete (through a symbolic
 *     link to its target; a device or pipe is written, never replaced). Null for standard output, which also gets the
 *     report only once it is complete.
 */
public record ReportDestination(Path file, ReportFormat format) {
    public ReportDestination {
        Objects.requireNonNull(format, "format");
    }

    /** The report on standard output, where nothing else is written. */
    public static ReportDestination standardOutput(ReportFormat format) {
        return new ReportDestination(null, format);
    }

    public boolean toStandardOutput() {
        return file == null;
    }

    /** The file, or {@code standard output}: for messages. */
    public String describe() {
        return file == null ? "standard output" : file.toString();
    }
}
