package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.FileProblem;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink.ReportWriter;
import com.roboplanet.soconnector.domain.port.out.ReportSinkException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The all-or-nothing life cycle shared by the file sinks: rows go to a temporary file, {@link #complete}
 * moves it over the target, {@link #close} without it deletes the temporary file.
 */
abstract class AtomicReportWriter implements ReportWriter {
    private final Path target;
    private final AtomicFile file;
    private final Writer out;
    private boolean completed;
    private boolean closed;

    AtomicReportWriter(Path target) {
        this.target = target;
        AtomicFile started;
        try {
            started = AtomicFile.begin(target);
        } catch (IOException e) {
            throw failure(target, e);
        }
        try {
            this.out = started.newWriter();
        } catch (IOException e) {
            started.close();
            throw failure(target, e);
        }
        this.file = started;
    }

    /** The writer on the temporary file, for the subclass's format library. */
    final Writer out() {
        return out;
    }

    abstract void writeRow(ReportRow row) throws IOException;

    abstract void writeSummary(ReportSummary summary) throws IOException;

    /** Closes the subclass's printer or generator, which closes {@link #out()}. */
    abstract void closeFormat() throws IOException;

    @Override
    public final void write(ReportRow row) {
        requireOpen();
        try {
            writeRow(row);
        } catch (IOException | UncheckedIOException e) {
            throw failure(target, e);
        }
    }

    @Override
    public final void complete(ReportSummary summary) {
        requireOpen();
        try {
            writeSummary(summary);
            closeFormat();
            file.commit();
            completed = true;
        } catch (IOException | UncheckedIOException e) {
            throw failure(target, e);
        }
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!completed) {
            try {
                closeFormat();
            } catch (IOException e) {
                // The report is being discarded; the temporary file is deleted below either way.
            }
        }
        file.close();
    }

    private void requireOpen() {
        if (completed || closed) {
            throw new IllegalStateException("report " + target + " is already " + (completed ? "complete" : "closed"));
        }
    }

    static ReportSinkException failure(Path target, Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        return new ReportSinkException(
                "cannot write report " + target + ": " + FileProblem.reason(target, cause), cause);
    }
}
