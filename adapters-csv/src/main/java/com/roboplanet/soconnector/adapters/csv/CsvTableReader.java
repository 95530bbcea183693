package com.roboplanet.soconnector.adapters.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a list people keep in a spreadsheet (recipients of a batch mail, say): a header, then rows. The file is
 * read like a sales export ({@link ExportFile}: CSV or text in any of Excel's dialects and encodings, or an
 * {@code .xlsx} sheet); cells become text (workbook numbers without {@code .0}, dates as ISO). Blank rows are
 * skipped. Meant for files of thousands of rows, not millions: the table is held in memory.
 */
public final class CsvTableReader {

    /** The file with everything detected: encoding, delimiter, the first sheet. */
    public CsvTable read(Path file) {
        return read(ExportFile.of(file));
    }

    /**
     * @throws CsvFileException for a missing, unreadable or empty file, a blank or duplicate header, or a row
     *     with more fields than the header; the message names the file and line (or sheet and row)
     */
    public CsvTable read(ExportFile export) {
        try (TableInput table = TableInput.open(export)) {
            TableInput.Row header = table.header();
            if (header == null) {
                throw new CsvFileException(table.noHeader());
            }
            List<String> headers = headers(table, header);
            List<CsvTable.Row> rows = new ArrayList<>();
            TableInput.Row row;
            while ((row = table.next()) != null) {
                if (row.blank()) {
                    continue;
                }
                rows.add(toRow(table, headers, row, rows.size() + 1));
            }
            return new CsvTable(export.path(), headers, rows, table.format(), table.notes(), table.layout());
        }
    }

    private static CsvTable.Row toRow(TableInput table, List<String> headers, TableInput.Row row, int number) {
        for (int i = headers.size(); i < row.size(); i++) {
            if (!SaleValues.text(row.value(i)).isEmpty() && !table.extraCellsAreHarmless()) {
                throw new CsvFileException(table.at(row.line()) + ": " + row.size() + " fields, but the header has "
                        + headers.size() + " (a quote or delimiter too many?)");
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            values.put(headers.get(i), SaleValues.text(row.value(i)));
        }
        return new CsvTable.Row(number, row.line(), values);
    }

    private static List<String> headers(TableInput table, TableInput.Row header) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            names.add(SaleValues.text(header.value(i)));
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1); // Excel's trailing empty columns
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                throw new CsvFileException(
                        table.at(header.line()) + ": column " + (i + 1) + " of the header has no name");
            }
            if (!seen.add(name)) {
                throw new CsvFileException(table.at(header.line()) + ": the header names column '" + name + "' twice");
            }
        }
        return names;
    }
}
