package com.roboplanet.soconnector.adapters.html;

import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportSinkException;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Writes the report as one self-contained HTML page (UTF-8): the summary and diagnosis, a bar chart of the top
 * products, quantities per month, the share of sales per source, the top customers, and the most frequent words in
 * unmatched headings with example sales. The page has inline CSS and inline SVG only: no script, font, image,
 * stylesheet or link is loaded, and a Content-Security-Policy tells the browser to load nothing. Text from the CRM is
 * HTML-escaped wherever it appears (element text, attribute values, SVG text and tooltips).
 *
 * <p>The rows are not kept: everything on the page comes from the run's {@link ReportSummary} and {@link
 * ReportTotals}, so the page's size does not grow with the number of sales (about 30 KB).
 */
public final class HtmlReportSink implements ReportSink {
    private final Path target;
    private final String toolVersion;
    private final Clock clock;

    /**
     * @param toolVersion named at the top and bottom of the page
     * @param clock gives the time of the run (from opening to finishing the page) in its zone
     */
    public HtmlReportSink(Path target, String toolVersion, Clock clock) {
        this.target = Objects.requireNonNull(target, "target");
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Creates the temporary file at once, so that a page that cannot be written fails before the first sale is read. */
    @Override
    public ReportWriter open() {
        try {
            return new Writer(PageFile.begin(target), ZonedDateTime.now(clock));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private ReportSinkException failure(Exception e) {
        return new ReportSinkException("cannot write HTML page " + target + ": " + PageFile.reason(e), e);
    }

    private final class Writer implements ReportWriter {
        private final PageFile file;
        private final ZonedDateTime started;
        private boolean finished;
        private boolean published;
        private boolean closed;

        Writer(PageFile file, ZonedDateTime started) {
            this.file = file;
            this.started = started;
        }

        @Override
        public void write(ReportRow row) {
            requireOpen();
        }

        @Override
        public void finish(ReportSummary summary, ReportTotals totals) {
            requireOpen();
            try {
                file.write(ReportPage.render(summary, totals, toolVersion, started, ZonedDateTime.now(clock)));
                finished = true;
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void publish() {
            if (!finished || published || closed) {
                throw new IllegalStateException("HTML page " + target + " is "
                        + (published ? "already published" : closed ? "closed" : "not finished"));
            }
            try {
                file.commit();
                published = true;
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() {
            closed = true;
            file.close();
        }

        private void requireOpen() {
            if (finished || closed) {
                throw new IllegalStateException(
                        "HTML page " + target + " is already " + (finished ? "finished" : "closed"));
            }
        }
    }
}
