package com.roboplanet.soconnector.adapters.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.roboplanet.soconnector.domain.port.out.ScriptOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV with Commons CSV ({@code CSVFormat.DEFAULT}: comma, quotes where needed, LF records), JSON with Jackson's
 * default mapper, indented. Nothing here neutralises spreadsheet formulas: the output is for scripts, not for
 * double-clicking.
 */
public final class CsvJsonScriptOutput implements ScriptOutput {
    private static final CSVFormat CSV =
            CSVFormat.Builder.create(CSVFormat.DEFAULT).setRecordSeparator("\n").get();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void csv(List<String> header, List<List<String>> rows, PrintWriter out) {
        try {
            // Not closed: closing the printer would close the writer, which belongs to the caller.
            CSVPrinter printer = new CSVPrinter(
                    out,
                    CSVFormat.Builder.create(CSV)
                            .setHeader(header.toArray(String[]::new))
                            .get());
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void json(Object document, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot write " + document.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
