package com.roboplanet.soconnector.domain.model;

import java.util.Objects;

/**
 * How a CSV file a person keeps is laid out, so that a file written back beside it (the results of a batch) opens
 * the same way in their spreadsheet: the field delimiter, whether it starts with a UTF-8 byte-order mark (which
 * Excel needs to read UTF-8 umlauts right), and the line ends. Files are always written as UTF-8.
 *
 * @param delimiter {@code ,}, {@code ;}, TAB or {@code |}
 * @param byteOrderMark whether to start with {@code EF BB BF}
 * @param lineSeparator {@code \n} or {@code \r\n}
 */
public record CsvLayout(char delimiter, boolean byteOrderMark, String lineSeparator) {
    /** UTF-8 without BOM, comma, LF: what scripts and most tools expect. */
    public static final CsvLayout PLAIN = new CsvLayout(',', false, "\n");

    /** What German Excel opens by double-click: UTF-8 with BOM, semicolon, CRLF. */
    public static final CsvLayout EXCEL = new CsvLayout(';', true, "\r\n");

    public CsvLayout {
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("not a field delimiter: " + (int) delimiter);
        }
        Objects.requireNonNull(lineSeparator, "lineSeparator");
        if (!lineSeparator.equals("\n") && !lineSeparator.equals("\r\n")) {
            throw new IllegalArgumentException("a line ends with LF or CRLF");
        }
    }
}
