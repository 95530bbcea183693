package com.roboplanet.soconnector.adapters.csv;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A table a person gave us (a sales export, a recipient list) and how to read it. The format is found from the
 * content, not the name: an {@code .xlsx} workbook by the zip signature, anything else as delimited text (see
 * {@link ExportSaleSource} and {@code docs/adr/0012-reading-excel-exports.md}).
 *
 * @param path the file
 * @param encoding the text encoding to use instead of detecting one, or null to detect (byte-order mark, then
 *     UTF-8 if the bytes are valid UTF-8, else Windows-1252); ignored for workbooks
 * @param sheet the workbook sheet to read, or null for the first; ignored for text files
 * @param columns which column holds which sale value where the headers do not say so themselves
 */
public record ExportFile(Path path, Charset encoding, String sheet, ColumnMapping columns) {
    public ExportFile {
        Objects.requireNonNull(path, "path");
        columns = Objects.requireNonNullElse(columns, ColumnMapping.none());
        if (sheet != null && sheet.isBlank()) {
            throw new IllegalArgumentException("a sheet name must not be blank");
        }
    }

    /** The file, read with everything detected: encoding, delimiter, first sheet, known column titles. */
    public static ExportFile of(Path path) {
        return new ExportFile(path, null, null, ColumnMapping.none());
    }

    public ExportFile withEncoding(Charset forced) {
        return new ExportFile(path, forced, sheet, columns);
    }

    public ExportFile withSheet(String name) {
        return new ExportFile(path, encoding, name, columns);
    }

    public ExportFile withColumns(ColumnMapping mapping) {
        return new ExportFile(path, encoding, sheet, mapping);
    }

    /**
     * The encoding a person names ({@code UTF-8}, {@code windows-1252}, {@code cp1252}, {@code latin1},
     * {@code UTF-16LE}), as Java knows them.
     *
     * @throws IllegalArgumentException naming the value and common choices, for a name Java does not know
     */
    public static Charset encodingNamed(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException(
                    "unknown encoding '" + name + "' (try UTF-8, windows-1252, ISO-8859-15, UTF-16LE)", e);
        }
    }
}
