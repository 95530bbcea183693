package com.roboplanet.soconnector.app;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads what the connector wrote, as a spreadsheet would. */
final class Csv {
    private Csv() {}

    /** The data rows of a plain CSV report (header skipped), each a list of cells. */
    static List<List<String>> rows(Path file) throws IOException {
        return rows(Files.readString(file, StandardCharsets.UTF_8), ',');
    }

    static List<List<String>> rows(String text, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    /** One line's cells, for a catalogue line. */
    static List<String> cells(String line) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(line), CSVFormat.DEFAULT)) {
            return parser.getRecords().get(0).toList();
        }
    }
}
