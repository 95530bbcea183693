package com.roboplanet.soconnector.domain.port.out;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a report goes, as the user chose it.
 *
 * @param file resolved against the working directory; replaced only once the report is complete
 * @param html a one-page HTML summary to write beside the report (null for none); it and {@code file} appear
 *     together when the run completes, or neither does
 */
public record ReportDestination(Path file, ReportFormat format, Path html) {
    public ReportDestination {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        if (html != null
                && html.toAbsolutePath()
                        .normalize()
                        .equals(file.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the HTML page and the report must be two files, both were " + file);
        }
    }

    /** A report without an HTML page. */
    public ReportDestination(Path file, ReportFormat format) {
        this(file, format, null);
    }

    public Optional<Path> htmlIfAny() {
        return Optional.ofNullable(html);
    }
}
