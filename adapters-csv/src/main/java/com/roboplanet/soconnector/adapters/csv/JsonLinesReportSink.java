package com.roboplanet.soconnector.adapters.csv;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes the report as JSON Lines for other tools: one object per row with camelCase keys and
 * {@code null} for what is absent (no date, no customer, no product), then one {@code {"summary": ...}}
 * object. A row's {@code quantitySource} says how its quantity was read ({@code marker}, {@code bare-number},
 * {@code default}, {@code quote-line}, {@code udf}); the summary counts rows per source ({@code
 * rowsByQuantitySource}, every source present), lists the heading quantities above 99 with how they were read ({@code
 * quantitiesToCheck}, at most 20, {@code quantitiesToCheckTotal} counting all) and the quantities written but not read
 * (counted as 1; outside 1..9999, {@code 2,5x}, {@code je 2x}, each with its {@code why}) with their sales ({@code quantitiesIgnoredListed}, at most 20, {@code quantitiesIgnored} counting all), and
 * the codes of quote lines and fields the catalogue does not know ({@code unknownCodes}, code and sales). Each
 * line ends with LF; the file is UTF-8 without BOM.
 */
public final class JsonLinesReportSink implements ReportSink {
    // No separator between root values: each object is followed by its own newline instead.
    private static final JsonFactory FACTORY =
            new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private final ReportTarget target;

    public JsonLinesReportSink(ReportTarget target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    public JsonLinesReportSink(Path target) {
        this(ReportTarget.file(target));
    }

    @Override
    public ReportWriter open() {
        return new Writer(target);
    }

    private static final class Writer extends AtomicReportWriter {
        private final JsonGenerator json;

        Writer(ReportTarget target) {
            super(target);
            try {
                this.json = FACTORY.createGenerator(out());
            } catch (IOException e) {
                close();
                throw failure(target, e);
            }
        }

        @Override
        void writeRow(ReportRow row) throws IOException {
            json.writeStartObject();
            json.writeNumberField("saleId", row.saleId());
            writeNullableString(
                    "saleDate", row.saleDate() == null ? null : row.saleDate().toString());
            boolean hasCustomer = row.customerId() != 0;
            if (hasCustomer) {
                json.writeNumberField("customerId", row.customerId());
            } else {
                json.writeNullField("customerId");
            }
            writeNullableString("customerName", hasCustomer ? row.customerName() : null);
            json.writeStringField("salesRep", row.salesRep());
            json.writeStringField("saleHeading", row.saleHeading());
            boolean matched = row.matched();
            writeNullableString("productCode", matched ? row.productCode() : null);
            writeNullableString("productName", matched ? row.productName() : null);
            if (matched) {
                json.writeNumberField("quantity", row.quantity());
            } else {
                json.writeNullField("quantity");
            }
            writeNullableString("matchedText", matched ? row.matchedText() : null);
            writeNullableString("source", matched ? row.source().name() : null);
            writeNullableString("quantitySource", matched ? row.quantitySource().label() : null);
            json.writeEndObject();
            json.writeRaw('\n');
        }

        @Override
        void writeEnd(ReportSummary summary, ReportTotals totals) throws IOException {
            json.writeStartObject();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("salesRead", summary.salesRead());
            json.writeNumberField("skippedWithoutCustomer", summary.skippedWithoutCustomer());
            json.writeNumberField("skippedEmptyHeading", summary.skippedEmptyHeading());
            json.writeNumberField("considered", summary.considered());
            json.writeNumberField("matched", summary.matched());
            json.writeNumberField("matchedByQuoteLine", summary.matchedByQuoteLine());
            json.writeNumberField("matchedByUdf", summary.matchedByUdf());
            json.writeNumberField("matchedByHeading", summary.matchedByHeading());
            json.writeNumberField("unmatched", summary.unmatched());
            json.writeNumberField("rowsWritten", summary.rowsWritten());
            json.writeNumberField("quantitiesIgnored", summary.quantitiesIgnored());
            json.writeArrayFieldStart("quantitiesIgnoredListed");
            for (ReportSummary.IgnoredQuantity ignored : summary.quantitiesIgnoredListed()) {
                json.writeStartObject();
                json.writeNumberField("saleId", ignored.saleId());
                json.writeStringField("productCode", ignored.productCode());
                json.writeStringField("written", ignored.written());
                json.writeStringField("why", ignored.why());
                json.writeStringField("heading", ignored.heading());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("rowsByQuantitySource");
            for (QuantitySource quantitySource : QuantitySource.values()) {
                json.writeNumberField(quantitySource.label(), summary.rowsWith(quantitySource));
            }
            json.writeEndObject();
            json.writeNumberField("quantitiesToCheckTotal", summary.quantitiesToCheckTotal());
            json.writeArrayFieldStart("quantitiesToCheck");
            for (ReportSummary.QuantityCheck check : summary.quantitiesToCheck()) {
                json.writeStartObject();
                json.writeNumberField("saleId", check.saleId());
                json.writeStringField("productCode", check.productCode());
                json.writeNumberField("quantity", check.quantity());
                json.writeStringField("heading", check.heading());
                json.writeStringField("quantitySource", check.quantitySource().label());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("topUnmatchedWords");
            for (ReportSummary.WordCount word : summary.topUnmatchedWords()) {
                json.writeStartObject();
                json.writeStringField("word", word.word());
                json.writeNumberField("count", word.count());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unmatchedExamples");
            for (String example : summary.unmatchedExamples()) {
                json.writeString(example);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unknownCodes");
            for (ReportSummary.CodeCount code : summary.unknownCodes()) {
                json.writeStartObject();
                json.writeStringField("code", code.code());
                json.writeNumberField("sales", code.sales());
                json.writeEndObject();
            }
            json.writeEndArray();
            writeSource(summary.source());
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        }

        private void writeSource(SaleSourceReport source) throws IOException {
            json.writeObjectFieldStart("source");
            json.writeStringField("query", source.query());
            json.writeNumberField("requests", source.requests());
            json.writeObjectFieldStart("requestsByKind");
            for (SaleSourceReport.RequestCount kind : source.requestsByKind()) {
                json.writeNumberField(kind.kind(), kind.requests());
            }
            json.writeEndObject();
            // Set when --limit cut the read short: how many sales there are at least.
            if (source.limitedOfAtLeast() >= 0) {
                json.writeNumberField("limitedOfAtLeast", source.limitedOfAtLeast());
            } else {
                json.writeNullField("limitedOfAtLeast");
            }
            json.writeBooleanField("customerFilterApplied", source.customerFilterApplied());
            json.writeArrayFieldStart("notes");
            for (String note : source.notes()) {
                json.writeString(note);
            }
            for (String note : source.check().notes()) {
                json.writeString(note);
            }
            json.writeEndArray();
            SaleSourceReport.ReadCheck check = source.check();
            if (check.matchedIfKnown().isPresent()) {
                json.writeNumberField("salesMatched", check.matched());
            } else {
                json.writeNullField("salesMatched");
            }
            json.writeNumberField("duplicatesDropped", check.duplicatesDropped());
            json.writeNumberField("rowsPerPageCap", check.rowsPerPageCap());
            json.writeObjectFieldStart("unreadable");
            json.writeNumberField("cellsLeftEmpty", source.unreadable().cellsLeftEmpty());
            json.writeNumberField("rowsSkipped", source.unreadable().rowsSkipped());
            json.writeArrayFieldStart("examples");
            for (String example : source.unreadable().examples()) {
                json.writeString(example);
            }
            json.writeEndArray();
            json.writeEndObject();
            // Non-empty: the report is incomplete (exit 8); each entry names the refused part and what is missing.
            json.writeArrayFieldStart("refusedSources");
            for (String refused : source.refusedSources()) {
                json.writeString(refused);
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void writeNullableString(String field, String value) throws IOException {
            if (value == null) {
                json.writeNullField(field);
            } else {
                json.writeStringField(field, value);
            }
        }

        @Override
        void closeFormat() throws IOException {
            if (json != null) {
                json.close();
            } else {
                closeFile();
            }
        }
    }
}
