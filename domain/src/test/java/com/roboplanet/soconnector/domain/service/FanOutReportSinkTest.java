package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportSink.ReportWriter;
import com.roboplanet.soconnector.domain.port.out.ReportSinkException;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FanOutReportSinkTest {
    private static final ReportSummary SUMMARY = new ReportSummary(
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            List.of(),
            Map.of(),
            List.of(),
            0,
            List.of(),
            List.of(),
            List.of(),
            new SaleSourceReport("q", 0, true, List.of()));

    private final List<String> events = new ArrayList<>();

    @Test
    void complete_twoSinks_finishesBothBeforePublishingEither() {
        ReportSink both = new FanOutReportSink(List.of(new Logged("csv", null), new Logged("html", null)));

        try (ReportWriter writer = both.open()) {
            writer.write(ReportRow.unmatched(
                    new com.roboplanet.soconnector.domain.model.Sale(1, "x", null, null, "", null)));
            writer.complete(SUMMARY, ReportTotals.empty());
        }

        assertThat(events)
                .containsExactly(
                        "open csv",
                        "open html",
                        "row csv",
                        "row html",
                        "finish csv",
                        "finish html",
                        "publish csv",
                        "publish html",
                        "close csv",
                        "close html");
    }

    @Test
    void complete_secondSinkFailsToFinish_publishesNothingAndDiscardsBoth() {
        ReportSink both = new FanOutReportSink(List.of(new Logged("csv", null), new Logged("html", "finish")));

        assertThatThrownBy(() -> {
                    try (ReportWriter writer = both.open()) {
                        writer.complete(SUMMARY, ReportTotals.empty());
                    }
                })
                .isInstanceOf(ReportSinkException.class);

        assertThat(events).noneMatch(e -> e.startsWith("publish")).contains("close csv", "close html");
    }

    @Test
    void open_secondSinkCannotOpen_closesTheFirst() {
        ReportSink both = new FanOutReportSink(List.of(new Logged("csv", null), new Logged("html", "open")));

        assertThatThrownBy(both::open).isInstanceOf(ReportSinkException.class);

        assertThat(events).containsExactly("open csv", "close csv");
    }

    /** Logs each call; fails at the named step. */
    private final class Logged implements ReportSink {
        private final String name;
        private final String failAt;

        Logged(String name, String failAt) {
            this.name = name;
            this.failAt = failAt;
        }

        private void step(String what) {
            if (what.equals(failAt)) {
                throw new ReportSinkException("cannot " + what + " " + name, null);
            }
            events.add(what + " " + name);
        }

        @Override
        public ReportWriter open() {
            step("open");
            return new ReportWriter() {
                @Override
                public void write(ReportRow row) {
                    step("row");
                }

                @Override
                public void finish(ReportSummary summary, ReportTotals totals) {
                    step("finish");
                }

                @Override
                public void publish() {
                    step("publish");
                }

                @Override
                public void close() {
                    step("close");
                }
            };
        }
    }
}
