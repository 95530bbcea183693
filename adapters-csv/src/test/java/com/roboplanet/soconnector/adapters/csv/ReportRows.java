package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.domain.port.out.UnreadableCells;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The rows behind the golden files: quoting, formula cells, line breaks, no customer, unmatched. */
final class ReportRows {
    private ReportRows() {}

    static List<ReportRow> golden() {
        return List.of(
                new ReportRow(
                        342243,
                        LocalDate.of(2024, 3, 1),
                        1001,
                        "Müller Reinigung GmbH",
                        "Anna Schmidt",
                        "2xOmnie CD-01 mit Nachlass",
                        "OMNIE",
                        "Omnie",
                        2,
                        "2xOmnie CD-01",
                        MatchSource.HEADING,
                        QuantitySource.MARKER),
                new ReportRow(
                        342244,
                        LocalDate.of(2024, 3, 2),
                        1002,
                        "Café \"Zur Post\", Inh. Meier",
                        "Ben Weber",
                        "BellaBot x2; KettyBot",
                        "BELLABOT",
                        "BellaBot",
                        2,
                        "BellaBot x2",
                        MatchSource.HEADING,
                        QuantitySource.MARKER),
                new ReportRow(
                        342245, null, 1003, "-Minus AG", "@rep", "=HYPERLINK(\"http://x\")", "", "", 0, "", null, null),
                new ReportRow(
                        342246,
                        LocalDate.of(2024, 3, 4),
                        1004,
                        "Hotel Adler",
                        "Anna Schmidt",
                        "Service\nWartungsvertrag 2024",
                        "SERVICE",
                        "Service",
                        1,
                        "Wartungsvertrag",
                        MatchSource.QUOTE_LINE,
                        QuantitySource.QUOTE_LINE),
                new ReportRow(
                        342247,
                        LocalDate.of(2024, 3, 5),
                        0,
                        "",
                        "Anna Schmidt",
                        "Miete HolaBot",
                        "",
                        "",
                        0,
                        "",
                        null,
                        null));
    }

    static ReportSummary summary() {
        return new ReportSummary(
                9,
                2,
                1,
                1,
                0,
                2,
                3,
                5,
                1,
                List.of(new ReportSummary.IgnoredQuantity(
                        342251, "OMNIE", "10000 x", "outside 1..9999", "10000 x Omnie")),
                Map.of(QuantitySource.MARKER, 2L, QuantitySource.QUOTE_LINE, 1L),
                List.of(new ReportSummary.QuantityCheck(
                        342250, "KETTYBOT", 4711, "4711 KettyBot", QuantitySource.BARE_NUMBER)),
                1,
                List.of(new ReportSummary.WordCount("miete", 2), new ReportSummary.WordCount("holabot", 1)),
                List.of("Miete HolaBot", "\"Sonder\"-Angebot"),
                List.of(new ReportSummary.CodeCount("PD-BB-PRO-01", 2)),
                new SaleSourceReport(
                        "file sales.csv (delimiter ',')",
                        0,
                        false,
                        List.of("a note"),
                        new UnreadableCells(
                                1, 2, List.of("sales.csv:7: Amount '12 Euro' is not an amount (left empty)"))));
    }
}
