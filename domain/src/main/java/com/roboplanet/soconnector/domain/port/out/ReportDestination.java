package com.roboplanet.soconnector.domain.port.out;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a report goes, as the user chose it: a file, or standard output ({@code --out -}) for a pipe.
 *
 * @param file resolved against the working directory; replaced only once the report is complete (through a symbolic
 *     link to its target; a device or pipe is written, never replaced). Null for standard output, which also gets the
 *     report only once it is complete.
 * @param html a one-page HTML summary to write beside the report (null for none); it and {@code file} appear
 *     together when the run completes, or neither does
 */
public record ReportDestination(Path file, ReportFormat format, Path html) {
    public ReportDestination {
        Objects.requireNonNull(format, "format");
        if (file == null && format == ReportFormat.XLSX) {
            throw new IllegalArgumentException(
                    "an .xlsx workbook cannot go to standard output: name a file with --out, or use --format csv or jsonl");
        }
        if (html != null
                && file != null
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

    /** The report on standard output, where nothing else is written. */
    public static ReportDestination standardOutput(ReportFormat format) {
        return new ReportDestination(null, format, null);
    }

    public boolean toStandardOutput() {
        return file == null;
    }

    /** The file, or {@code standard output}: for messages. */
    public String describe() {
        return file == null ? "standard output" : file.toString();
    }
}
