package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportSink.ReportWriter;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReportSinkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private List<JsonNode> writeAndParse(Path target) throws IOException {
        try (ReportWriter writer = new JsonLinesReportSink(target).open()) {
            ReportRows.golden().forEach(writer::write);
            writer.complete(ReportRows.summary(), ReportTotals.empty());
        }
        String text = Files.readString(target);
        assertThat(text).endsWith("}\n").doesNotStartWith("\uFEFF");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void complete_always_writesOneObjectPerRowThenTheSummary() throws IOException {
        List<JsonNode> lines = writeAndParse(dir.resolve("report.jsonl"));

        assertThat(lines).hasSize(6);
        assertThat(lines.get(5).fieldNames()).toIterable().containsExactly("summary");
    }

    @Test
    void complete_whenRowMatched_writesEveryFieldInCamelCase() throws IOException {
        JsonNode row = writeAndParse(dir.resolve("report.jsonl")).get(0);

        assertThat(row.toString())
                .isEqualTo("{\"saleId\":342243,\"saleDate\":\"2024-03-01\",\"customerId\":1001,"
                        + "\"customerName\":\"Müller Reinigung GmbH\",\"salesRep\":\"Anna Schmidt\","
                        + "\"saleHeading\":\"2xOmnie CD-01 mit Nachlass\",\"productCode\":\"OMNIE\",\"productName\":\"Omnie\","
                        + "\"quantity\":2,\"matchedText\":\"2xOmnie CD-01\",\"source\":\"HEADING\","
                        + "\"quantitySource\":\"marker\"}");
    }

    @Test
    void complete_whenRowUnmatchedWithoutCustomer_writesNullsForWhatIsAbsent() throws IOException {
        JsonNode row = writeAndParse(dir.resolve("report.jsonl")).get(4);

        assertThat(row.toString())
                .isEqualTo("{\"saleId\":342247,\"saleDate\":\"2024-03-05\",\"customerId\":null,\"customerName\":null,"
                        + "\"salesRep\":\"Anna Schmidt\",\"saleHeading\":\"Miete HolaBot\",\"productCode\":null,"
                        + "\"productName\":null,\"quantity\":null,\"matchedText\":null,\"source\":null,"
                        + "\"quantitySource\":null}");
    }

    @Test
    void complete_whenTextHasQuotesAndLineBreaks_escapesThemWithinOneLine() throws IOException {
        List<JsonNode> lines = writeAndParse(dir.resolve("report.jsonl"));

        assertThat(lines.get(1).get("customerName").asText()).isEqualTo("Café \"Zur Post\", Inh. Meier");
        assertThat(lines.get(3).get("saleHeading").asText()).isEqualTo("Service\nWartungsvertrag 2024");
        assertThat(lines.get(2).get("saleHeading").asText()).isEqualTo("=HYPERLINK(\"http://x\")");
    }

    @Test
    void complete_always_summaryCarriesCountsWordsExamplesAndSource() throws IOException {
        JsonNode summary = writeAndParse(dir.resolve("report.jsonl")).get(5).get("summary");

        assertThat(summary.toString())
                .isEqualTo("{\"salesRead\":9,\"skippedWithoutCustomer\":2,\"skippedEmptyHeading\":1,\"considered\":6,"
                        + "\"matched\":3,\"matchedByQuoteLine\":1,\"matchedByUdf\":0,\"matchedByHeading\":2,"
                        + "\"unmatched\":3,\"rowsWritten\":5,\"quantitiesIgnored\":1,"
                        + "\"quantitiesIgnoredListed\":[{\"saleId\":342251,\"productCode\":\"OMNIE\","
                        + "\"written\":\"10000 x\",\"why\":\"outside 1..9999\",\"heading\":\"10000 x Omnie\"}],"
                        + "\"rowsByQuantitySource\":{\"marker\":2,\"bare-number\":0,\"default\":0,\"quote-line\":1,"
                        + "\"udf\":0},\"quantitiesToCheckTotal\":1,\"quantitiesToCheck\":[{\"saleId\":342250,"
                        + "\"productCode\":\"KETTYBOT\",\"quantity\":4711,\"heading\":\"4711 KettyBot\","
                        + "\"quantitySource\":\"bare-number\"}],"
                        + "\"topUnmatchedWords\":[{\"word\":\"miete\",\"count\":2},{\"word\":\"holabot\",\"count\":1}],"
                        + "\"unmatchedExamples\":[\"Miete HolaBot\",\"\\\"Sonder\\\"-Angebot\"],"
                        + "\"unknownCodes\":[{\"code\":\"PD-BB-PRO-01\",\"sales\":2}],"
                        + "\"source\":{\"query\":\"file sales.csv (delimiter ',')\",\"requests\":0,"
                        + "\"requestsByKind\":{},\"limitedOfAtLeast\":null,\"customerFilterApplied\":false,\"notes\":[\"a note\"],\"salesMatched\":null,"
                        + "\"duplicatesDropped\":0,\"rowsPerPageCap\":0,\"unreadable\":{\"cellsLeftEmpty\":1,"
                        + "\"rowsSkipped\":2,\"examples\":[\"sales.csv:7: Amount '12 Euro' is not an amount (left"
                        + " empty)\"]},\"refusedSources\":[]}}");
    }

    @Test
    void complete_checkedRead_sourceCarriesTheCountTheCapAndTheDuplicatesWithTheirNotes() throws IOException {
        Path target = dir.resolve("report.jsonl");
        ReportSummary read = ReportRows.summary();
        SaleSourceReport checked = new SaleSourceReport(
                "GET v1/Sale", 8, true, List.of(), new SaleSourceReport.ReadCheck(1334, 2, 200, 500));
        try (ReportWriter writer = new JsonLinesReportSink(target).open()) {
            writer.complete(
                    new ReportSummary(
                            read.salesRead(),
                            read.skippedWithoutCustomer(),
                            read.skippedEmptyHeading(),
                            read.matchedByQuoteLine(),
                            read.matchedByUdf(),
                            read.matchedByHeading(),
                            read.unmatched(),
                            read.rowsWritten(),
                            read.quantitiesIgnored(),
                            read.quantitiesIgnoredListed(),
                            read.rowsByQuantitySource(),
                            read.quantitiesToCheck(),
                            read.quantitiesToCheckTotal(),
                            read.topUnmatchedWords(),
                            read.unmatchedExamples(),
                            read.unknownCodes(),
                            checked),
                    ReportTotals.empty());
        }
        JsonNode source = JSON.readTree(Files.readString(target)).get("summary").get("source");

        assertThat(source.get("salesMatched").asLong()).isEqualTo(1334);
        assertThat(source.get("duplicatesDropped").asLong()).isEqualTo(2);
        assertThat(source.get("rowsPerPageCap").asInt()).isEqualTo(200);
        assertThat(source.get("notes").toString()).contains("at most 200 rows a page", "2 rows came again");
    }

    @Test
    void close_withoutComplete_leavesNoFileBehind() throws IOException {
        Path target = Files.writeString(dir.resolve("report.jsonl"), "old\n");

        try (ReportWriter writer = new JsonLinesReportSink(target).open()) {
            writer.write(ReportRows.golden().get(0));
        }

        assertThat(Files.readString(target)).isEqualTo("old\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
