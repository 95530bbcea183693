package com.roboplanet.soconnector.adapters.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Workbooks made by the tests: typed cells through fastexcel's writer, odd shapes as hand-written parts. */
final class Workbooks {
    private Workbooks() {}

    /**
     * One sheet (or more): each cell a String, Number, LocalDate (formatted {@code dd.mm.yyyy}), LocalDateTime
     * (formatted {@code dd.mm.yyyy hh:mm}) or null (no cell).
     */
    static Path write(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "so-connector-test", "1.0");
            for (var sheet : sheets.entrySet()) {
                Worksheet ws = workbook.newWorksheet(sheet.getKey());
                List<List<Object>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    List<Object> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        put(ws, r, c, cells.get(c));
                    }
                }
            }
            workbook.finish();
        }
        return file;
    }

    static Path write(Path file, String sheet, List<List<Object>> rows) throws IOException {
        return write(file, Map.of(sheet, rows));
    }

    private static void put(Worksheet ws, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            ws.value(r, c, s);
        } else if (value instanceof Number n) {
            ws.value(r, c, n);
        } else if (value instanceof LocalDateTime t) {
            ws.value(r, c, t);
            ws.style(r, c).format("dd.mm.yyyy hh:mm").set();
        } else if (value instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("dd.mm.yyyy").set();
        } else {
            throw new IllegalArgumentException("no cell for " + value.getClass());
        }
    }

    /**
     * A workbook from hand-written parts, for what a writer library does not produce: {@code sheetXml} is the
     * content of {@code <sheetData>}; shared strings are {@code <si>} elements; styles give {@code cellXfs} with
     * the built-in date format 14 at index 1 and a custom {@code dd/mm/yyyy hh:mm} (164) at index 2.
     */
    static Path handWritten(Path file, boolean date1904, String sharedStrings, String sheetXml) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            part(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\""
                            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
                            + " Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\""
                            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override"
                            + " PartName=\"/xl/styles.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/><Override"
                            + " PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            part(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                            + " Target=\"xl/workbook.xml\"/></Relationships>");
            part(
                    zip,
                    "xl/workbook.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
                            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            + (date1904 ? "<workbookPr date1904=\"1\"/>" : "")
                            + "<sheets><sheet name=\"Verkäufe\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                            + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\""
                            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
                            + " Target=\"styles.xml\"/><Relationship Id=\"rId3\""
                            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\""
                            + " Target=\"sharedStrings.xml\"/></Relationships>");
            part(
                    zip,
                    "xl/styles.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet"
                            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\">"
                            + "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\\ hh:mm\"/></numFmts><cellXfs count=\"3\">"
                            + "<xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
                            + "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
            part(
                    zip,
                    "xl/sharedStrings.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst"
                            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sharedStrings
                            + "</sst>");
            part(
                    zip,
                    "xl/worksheets/sheet1.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            + sheetXml
                            + "</sheetData></worksheet>");
        }
        return file;
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
