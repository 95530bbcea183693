package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink.ReportWriter;
import com.roboplanet.soconnector.domain.port.out.ReportSinkException;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The all-or-nothing life cycle shared by the file sinks: rows go to a temporary file beside the target,
 * {@link #finish} writes the end and closes it, {@link #publish} moves it over the target, {@link #close} without
 * that deletes the temporary file.
 */
abstract class AtomicReportWriter implements ReportWriter {
    private final ReportTarget target;
    private final AtomicFile file;
    private Writer out;
    private OutputStream stream;
    private boolean finished;
    private boolean published;
    private boolean closed;

    AtomicReportWriter(ReportTarget target) {
        this.target = target;
        try {
            this.file = target.begin();
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** A UTF-8 writer on the temporary file, for text formats; opened on the first call. */
    final Writer out() throws IOException {
        if (out == null) {
            out = file.newWriter();
        }
        return out;
    }

    /** A byte stream on the temporary file, for formats that encode themselves; opened on the first call. */
    final OutputStream stream() throws IOException {
        if (stream == null) {
            stream = file.newOutputStream();
        }
        return stream;
    }

    /** The file the rows go to until the report is complete. */
    final java.nio.file.Path temp() {
        return file.temp();
    }

    abstract void writeRow(ReportRow row) throws IOException;

    /** Writes what follows the rows; the summary and totals go where the format has room for them. */
    abstract void writeEnd(ReportSummary summary, ReportTotals totals) throws IOException;

    /** Closes the subclass's printer, generator or workbook, which closes {@link #out()} or {@link #stream()}. */
    abstract void closeFormat() throws IOException;

    /** Closes whichever of {@link #out()} and {@link #stream()} was opened, for a format that was never started. */
    final void closeFile() throws IOException {
        if (out != null) {
            out.close();
        }
        if (stream != null) {
            stream.close();
        }
    }

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
    public final void finish(ReportSummary summary, ReportTotals totals) {
        requireOpen();
        try {
            writeEnd(summary, totals);
            closeFormat();
            finished = true;
        } catch (IOException | UncheckedIOException e) {
            throw failure(target, e);
        }
    }

    @Override
    public final void publish() {
        if (!finished || published || closed) {
            throw new IllegalStateException("report " + target + " is "
                    + (published ? "already published" : closed ? "closed" : "not finished"));
        }
        try {
            file.commit();
            published = true;
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!finished) {
            try {
                closeFormat();
            } catch (IOException | RuntimeException e) {
                // The report is being discarded; the temporary file is deleted below either way.
            }
        }
        file.close();
    }

    private void requireOpen() {
        if (finished || closed) {
            throw new IllegalStateException(
                    "report " + target + " is already " + (published ? "complete" : finished ? "finished" : "closed"));
        }
    }

    static ReportSinkException failure(ReportTarget target, Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        return new ReportSinkException("cannot write report " + target + ": " + target.reason(cause), cause);
    }
}
