package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.port.out.FileProblem;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a report sink writes, all or nothing: a file (replaced when the report is complete, written through a
 * symbolic link, copied into a device or named pipe, never replacing either), or a stream the caller owns, such as
 * standard output, which gets the report once it is complete and is never closed (see {@link AtomicFile}).
 */
public final class ReportTarget {
    private final Path file;
    private final Writer stream;
    private final String name;

    private ReportTarget(Path file, Writer stream, String name) {
        this.file = file;
        this.stream = stream;
        this.name = name;
    }

    public static ReportTarget file(Path file) {
        return new ReportTarget(Objects.requireNonNull(file, "file"), null, file.toString());
    }

    /**
     * @param stream receives the report's characters when it is complete (UTF-8 is what the report was written in;
     *     the stream's own encoding applies), then is flushed
     * @param name for messages, e.g. {@code standard output}
     */
    public static ReportTarget stream(Writer stream, String name) {
        return new ReportTarget(null, Objects.requireNonNull(stream, "stream"), Objects.requireNonNull(name, "name"));
    }

    AtomicFile begin() throws IOException {
        return file != null ? AtomicFile.begin(file) : AtomicFile.into(stream);
    }

    /** Why writing here failed, for a person: the operating system's reason for a file, the stream's own words else. */
    String reason(Throwable cause) {
        return file != null ? FileProblem.reason(file, cause) : String.valueOf(cause.getMessage());
    }

    @Override
    public String toString() {
        return name;
    }
}
