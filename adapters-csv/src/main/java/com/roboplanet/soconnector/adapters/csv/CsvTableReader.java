package com.roboplanet.soconnector.adapters.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a list people keep in a spreadsheet (recipients of a batch mail, say): a header line, then rows; UTF-8
 * with or without BOM, {@code ,} or {@code ;} detected from the header. Blank lines are skipped. Meant for files
 * of thousands of rows, not millions: the table is held in memory.
 */
public final class CsvTableReader {

    /**
     * @throws CsvFileException for a missing, unreadable or empty file, a blank or duplicate header, or a row
     *     with more fields than the header; the message names the file and line
     */
    public CsvTable read(Path file) {
        try {
            String headerLine = CsvInput.firstContentLine(file, false)
                    .orElseThrow(() -> new CsvFileException(file + ": the file is empty; expected a header line"));
            char delimiter = CsvInput.detectDelimiter(headerLine);
            try (BufferedReader reader = CsvInput.open(file);
                    CSVParser parser = CSVFormat.Builder.create()
                            .setDelimiter(delimiter)
                            .setQuote('"')
                            .setIgnoreEmptyLines(true)
                            .get()
                            .parse(reader)) {
                return table(file, parser);
            }
        } catch (NoSuchFileException e) {
            throw new CsvFileException(file + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new CsvFileException(file + ": cannot read the file (access denied)", e);
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (UncheckedIOException e) {
            throw unreadable(file, e.getCause());
        }
    }

    private static CsvFileException unreadable(Path file, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new CsvFileException(file + ": not valid UTF-8 text (save the file as UTF-8)", e);
        }
        return new CsvFileException(file + ": cannot read the file: " + AtomicFile.reason(e), e);
    }

    private static CsvTable table(Path file, CSVParser parser) {
        Iterator<CSVRecord> records = parser.iterator();
        long headerLine = parser.getCurrentLineNumber() + 1;
        List<String> headers = headers(file, records.next(), headerLine);
        List<CsvTable.Row> rows = new ArrayList<>();
        long line = parser.getCurrentLineNumber() + 1;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (record.size() > headers.size()) {
                throw new CsvFileException(file + ":" + line + ": " + record.size() + " fields, but the header has "
                        + headers.size() + " (a quote or delimiter too many?)");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                values.put(headers.get(i), i < record.size() ? record.get(i) : "");
            }
            rows.add(new CsvTable.Row(rows.size() + 1, line, values));
            line = parser.getCurrentLineNumber() + 1;
        }
        return new CsvTable(file, headers, rows);
    }

    private static List<String> headers(Path file, CSVRecord header, long line) {
        List<String> headers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : header) {
            String name = raw.strip();
            if (name.isEmpty()) {
                throw new CsvFileException(
                        file + ":" + line + ": column " + (headers.size() + 1) + " of the header has no name");
            }
            if (!seen.add(name)) {
                throw new CsvFileException(file + ":" + line + ": the header names column '" + name + "' twice");
            }
            headers.add(name);
        }
        return headers;
    }
}
