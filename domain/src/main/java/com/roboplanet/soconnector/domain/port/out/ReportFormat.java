package com.roboplanet.soconnector.domain.port.out;

/** How a report file is written. A new format adds a constant here and one case where the sinks are chosen. */
public enum ReportFormat {
    /** UTF-8 without BOM, comma, LF. */
    CSV,
    /** What German Excel opens by double-click: UTF-8 with BOM, semicolon, CRLF. */
    EXCEL_CSV,
    /** One JSON object per row, then one summary object. */
    JSONL,
    /** An Excel workbook (.xlsx): the rows as typed cells, the pivots by customer and by product, the summary. */
    XLSX
}
