package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.CsvLayout;
import com.roboplanet.soconnector.domain.port.out.FileProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * One sheet of an Excel workbook ({@code .xlsx}), streamed with fastexcel-reader ({@code docs/adr/0012}): the
 * sheet's XML is read row by row from the zip, so memory stays flat however many rows it has (the shared strings
 * are held). Cells come by type: text, numbers as {@link BigDecimal}, numbers in a date format as
 * {@link java.time.LocalDateTime} (both 1900 and 1904 workbooks), booleans, and formulas as their last computed
 * value. Rows are numbered as Excel shows them.
 */
final class WorkbookTableInput implements TableInput {
    private static final Pattern DATE_1904 = Pattern.compile("date1904\\s*=\\s*\"(1|true)\"");

    private final Path file;
    private final ReadableWorkbook workbook;
    private final String sheetName;
    private final Stream<org.dhatim.fastexcel.reader.Row> stream;
    private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
    private final boolean date1904;
    private boolean headerRead;

    private WorkbookTableInput(Path file, ReadableWorkbook workbook, Sheet sheet, boolean date1904) throws IOException {
        this.file = file;
        this.workbook = workbook;
        this.sheetName = sheet.getName();
        this.stream = sheet.openStream();
        this.rows = stream.iterator();
        this.date1904 = date1904;
    }

    static WorkbookTableInput open(ExportFile export) {
        Path file = export.path();
        boolean date1904 = date1904(file);
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            Sheet sheet = export.sheet() == null ? workbook.getFirstSheet() : named(workbook, file, export.sheet());
            return new WorkbookTableInput(file, workbook, sheet, date1904);
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            closeQuietly(workbook);
            throw notAWorkbook(file, e);
        } catch (RuntimeException e) {
            closeQuietly(workbook);
            throw e;
        }
    }

    private static Sheet named(ReadableWorkbook workbook, Path file, String name) {
        return workbook.findSheet(name)
                .or(() -> workbook.getSheets()
                        .filter(s -> s.getName().strip().equalsIgnoreCase(name.strip()))
                        .findFirst())
                .orElseThrow(() -> new CsvFileException(file + ": no sheet '" + name + "' (sheets: "
                        + workbook.getSheets().map(s -> "'" + s.getName() + "'").collect(Collectors.joining(", "))
                        + ")"));
    }

    /**
     * Whether the workbook counts dates from 1904. Read here because fastexcel-reader 0.19 takes only
     * {@code date1904="true"}, while Excel writes {@code date1904="1"} (both are xsd:boolean).
     */
    private static boolean date1904(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("xl/workbook.xml");
            if (entry == null) {
                throw new CsvFileException(file + ": a zip archive, but not an Excel workbook (no xl/workbook.xml);"
                        + " give the .xlsx or a CSV file");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                String head = new String(in.readNBytes(16 * 1024), StandardCharsets.UTF_8);
                int end = head.indexOf("<sheets");
                return DATE_1904
                        .matcher(end < 0 ? head : head.substring(0, end))
                        .find();
            }
        } catch (IOException e) {
            throw notAWorkbook(file, e);
        }
    }

    private static CsvFileException notAWorkbook(Path file, Exception e) {
        return new CsvFileException(
                file + ": starts like an Excel workbook but cannot be read as one (" + FileProblem.reason(file, e)
                        + "); open it in Excel and save it again as .xlsx, or as \"CSV UTF-8\"",
                e);
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException e) {
                // Nothing was written; nothing is lost.
            }
        }
    }

    @Override
    public Row header() {
        if (headerRead) {
            throw new IllegalStateException("the header is read once");
        }
        headerRead = true;
        Row row;
        while ((row = next()) != null) {
            if (!row.blank()) {
                return row;
            }
        }
        return null;
    }

    @Override
    public Row next() {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            org.dhatim.fastexcel.reader.Row row = rows.next();
            return new SheetRow(row, date1904);
        } catch (ExcelReaderException | UncheckedIOException e) {
            throw new CsvFileException(
                    file + ", sheet '" + sheetName + "': cannot be read (" + FileProblem.reason(file, e)
                            + "); open it in Excel and save it again",
                    e);
        }
    }

    @Override
    public String noHeader() {
        return file + ", sheet '" + sheetName + "': no row with a value; expected a header (name another sheet with"
                + " --sheet NAME)";
    }

    @Override
    public String format() {
        return "Excel workbook, sheet '" + sheetName + "'";
    }

    @Override
    public CsvLayout layout() {
        return CsvLayout.EXCEL;
    }

    @Override
    public List<String> notes() {
        return List.of();
    }

    @Override
    public String at(long line) {
        return file + ", sheet '" + sheetName + "', row " + line;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public boolean extraCellsAreHarmless() {
        return true;
    }

    @Override
    public void close() {
        stream.close();
        closeQuietly(workbook);
    }

    private record SheetRow(org.dhatim.fastexcel.reader.Row row, boolean date1904) implements Row {
        @Override
        public long line() {
            return row.getRowNum();
        }

        @Override
        public int size() {
            return row.getCellCount();
        }

        @Override
        public Object value(int index) {
            if (index >= row.getCellCount()) {
                return null;
            }
            Cell cell = row.getCell(index);
            if (cell == null) {
                return null;
            }
            return switch (cell.getType()) {
                case NUMBER -> number(cell, cell.asNumber());
                case STRING -> cell.asString();
                case ERROR -> cell.getRawValue(); // #N/A, #DIV/0!: text that no number or date column reads
                case BOOLEAN -> cell.asBoolean();
                case FORMULA -> formulaResult(cell);
                case EMPTY -> null;
            };
        }

        private Object number(Cell cell, BigDecimal value) {
            if (value != null && ExcelDates.isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
                try {
                    return ExcelDates.fromSerial(value, date1904);
                } catch (IllegalArgumentException e) {
                    return value; // a date-formatted number Excel itself shows as #####: left to the column to judge
                }
            }
            return value;
        }

        /** A formula's cached value: a number when it reads as one, else its text; never the formula itself. */
        private Object formulaResult(Cell cell) {
            String raw = cell.getRawValue();
            if (raw == null || raw.isEmpty()) {
                return null;
            }
            try {
                return number(cell, new BigDecimal(raw));
            } catch (NumberFormatException e) {
                return raw;
            }
        }
    }
}
