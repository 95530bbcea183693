package com.roboplanet.soconnector.domain.port.out;

/**
 * What a person said about reading a table file they gave us (a sales export, a recipient list), where the file
 * itself does not say it: its text encoding and the workbook sheet. Both are optional; the reader finds the rest
 * from the content (docs/adr/0012-reading-excel-exports.md).
 *
 * @param encoding the text encoding to read a delimited text file with, as the user named it ({@code windows-1252},
 *     {@code UTF-16LE}); null to detect it (byte-order mark, then UTF-8 if valid, else Windows-1252). Ignored for
 *     workbooks.
 * @param sheet the workbook sheet to read, as the user named it; null for the first. Ignored for text files.
 */
public record TableReading(String encoding, String sheet) {
    /** Everything detected: the encoding from the bytes, the first sheet. */
    public static final TableReading DETECT = new TableReading(null, null);

    public TableReading {
        encoding = blankToNull(encoding);
        sheet = blankToNull(sheet);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
