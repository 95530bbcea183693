package com.roboplanet.soconnector.sandbox.archives;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.roboplanet.soconnector.sandbox.Scenarios;
import com.roboplanet.soconnector.sandbox.http.DateText;
import com.roboplanet.soconnector.sandbox.http.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Set;

/** Streams FindSale Slim rows straight to the answer, without building a tree. */
final class SaleArchiveWriter {
    private final JsonFactory factory;
    private final Set<String> dropped;
    private final Set<String> emptied;

    SaleArchiveWriter(JsonFactory factory, Scenarios scenarios) {
        this.factory = factory;
        this.dropped = scenarios.droppedColumns();
        this.emptied = scenarios.emptiedColumns();
    }

    /**
     * Writes the envelope and rows. With {@code truncateAfterRows} &ge; 0 the body stops mid-document after that
     * many rows (the malformed JSON fault).
     */
    void write(
            OutputStream out,
            String metadataUrl,
            SaleArchive archive,
            SaleArchiveRequest query,
            Language language,
            int truncateAfterRows)
            throws IOException {
        JsonGenerator json = factory.createGenerator(out);
        json.writeStartObject();
        json.writeStringField("odata.metadata", metadataUrl);
        json.writeNullField("odata.nextLink");
        json.writeArrayFieldStart("value");
        int[] written = {0};
        try {
            archive.run(query, row -> {
                if (truncateAfterRows >= 0 && written[0] >= truncateAfterRows) return;
                try {
                    writeRow(json, row, query, language);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (truncateAfterRows >= 0) {
            json.writeStartObject();
            json.writeFieldName("PrimaryKey");
            json.flush();
            out.write("\"12".getBytes(StandardCharsets.US_ASCII));
            out.close();
            return;
        }
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }

    private void writeRow(JsonGenerator json, ArchiveRow row, SaleArchiveRequest query, Language language)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("PrimaryKey", Integer.toString(row.sale().saleId()));
        json.writeStringField("EntityName", "sale");
        for (ArchiveColumn column : query.select()) {
            if (dropped.contains(column.name())) continue;
            json.writeFieldName(column.name());
            if (emptied.contains(column.name())) {
                json.writeNull();
            } else {
                writeValue(json, column.display().apply(row, language));
            }
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeString(DateText.NO_DATE);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof LocalDateTime date) {
            json.writeString(DateText.format(date));
        } else {
            json.writeString(value.toString());
        }
    }
}
