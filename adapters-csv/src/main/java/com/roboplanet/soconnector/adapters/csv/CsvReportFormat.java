package com.roboplanet.soconnector.adapters.csv;

/** The two shapes of the CSV report. */
public enum CsvReportFormat {
    /** UTF-8 without BOM, comma, LF: what scripts and most tools expect. */
    DEFAULT(',', "\n", false),
    /**
     * UTF-8 with BOM, semicolon, CRLF: what German Excel opens correctly by double-click (without the BOM
     * it reads the file as Windows-1252; with commas it puts every row in one cell).
     */
    EXCEL(';', "\r\n", true);

    private final char delimiter;
    private final String lineSeparator;
    private final boolean byteOrderMark;

    CsvReportFormat(char delimiter, String lineSeparator, boolean byteOrderMark) {
        this.delimiter = delimiter;
        this.lineSeparator = lineSeparator;
        this.byteOrderMark = byteOrderMark;
    }

    char delimiter() {
        return delimiter;
    }

    String lineSeparator() {
        return lineSeparator;
    }

    boolean byteOrderMark() {
        return byteOrderMark;
    }
}
