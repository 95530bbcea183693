package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportSinkException;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import com.roboplanet.soconnector.domain.port.out.ReportTotals.CustomerRow;
import com.roboplanet.soconnector.domain.port.out.ReportTotals.ProductTotal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the report as an Excel workbook (.xlsx, Office Open XML) with fastexcel, streamed: the rows of sheet "Report"
 * go to the file every {@value #FLUSH_EVERY} rows, and the sheets written at the end ("By customer", "By product",
 * "Summary") come from the run's {@link ReportTotals}, a row at a time. No sheet is ever held whole.
 *
 * <p>Sheets, in this order:
 *
 * <ul>
 *   <li><b>Report</b>: the CSV report's columns ({@link CsvReportSink#HEADER}) as typed cells: ids and quantities are
 *       numbers, the sale date a date ({@code yyyy-mm-dd}), everything else text. The header row is frozen and has an
 *       autofilter.
 *   <li><b>By customer</b>: customers down (by name), products across (largest quantity first), summed quantities, a
 *       total per customer and a total row: plain values, no formulas, so that any spreadsheet program shows them.
 *   <li><b>By product</b>: per product the quantity, sales and customers, and the quantity and sales per source
 *       (quote line, user-defined field, heading).
 *   <li><b>Summary</b>: the run in words (what the command line prints), the source query, when it ran and the tool
 *       version.
 * </ul>
 *
 * <p>Text from the CRM is always a text cell (a shared or inline string), never a formula, whatever it starts with
 * ({@code =}, {@code +}, {@code -}, {@code @}): the workbook has no formula at all. Characters XML cannot carry (control
 * characters other than tab and line breaks, lone surrogates) are left out by fastexcel; text longer than Excel's
 * 32,767 characters a cell is cut there.
 */
public final class XlsxReportSink implements ReportSink {
    static final String REPORT = "Report";
    static final String BY_CUSTOMER = "By customer";
    static final String BY_PRODUCT = "By product";
    static final String SUMMARY = "Summary";

    /** Rows kept in memory before they go to the file: fastexcel holds unflushed rows as cell objects. */
    static final int FLUSH_EVERY = 1_000;

    /** Excel's limit of characters in a cell (ECMA-376 leaves it open; Excel refuses more). */
    static final int MAX_CELL_TEXT = 32_767;

    /** Columns of "By customer" beside the products: id, name, total, and "other products" when they do not fit. */
    private static final int MAX_PRODUCT_COLUMNS = Worksheet.MAX_COLS - 4;

    private static final String DATE = "yyyy-mm-dd";
    private static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";
    private static final String HEADER_FILL = "DDE5F0";

    private final Path target;
    private final String toolVersion;
    private final Clock clock;
    private final int maxRows;

    /**
     * @param toolVersion written on the Summary sheet
     * @param clock gives the time of the run (when the report is opened, and when it is finished) in its zone
     */
    public XlsxReportSink(Path target, String toolVersion, Clock clock) {
        this(target, toolVersion, clock, Worksheet.MAX_ROWS - 1);
    }

    /** @param maxRows report rows the "Report" sheet takes below its header (Excel's limit, or fewer for tests) */
    XlsxReportSink(Path target, String toolVersion, Clock clock, int maxRows) {
        this.target = Objects.requireNonNull(target, "target");
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxRows = maxRows;
    }

    @Override
    public ReportWriter open() {
        return new Writer(target, toolVersion, clock, maxRows);
    }

    private static final class Writer extends AtomicReportWriter {
        private final String toolVersion;
        private final Clock clock;
        private final ZonedDateTime started;
        private final Workbook workbook;
        private final Worksheet report;
        private final Path target;
        private final int maxRows;
        private int row;

        Writer(Path target, String toolVersion, Clock clock, int maxRows) {
            super(ReportTarget.file(target));
            this.target = target;
            this.maxRows = maxRows;
            this.toolVersion = toolVersion;
            this.clock = clock;
            this.started = ZonedDateTime.now(clock);
            try {
                this.workbook = new Workbook(stream(), "so-connector", null);
            } catch (IOException e) {
                close();
                throw failure(ReportTarget.file(target), e);
            }
            this.report = workbook.newWorksheet(REPORT);
            header(report, List.of(CsvReportSink.HEADER));
            double[] widths = {10, 11, 11, 32, 18, 50, 16, 24, 9, 24, 12, 14};
            for (int c = 0; c < widths.length; c++) {
                report.width(c, widths[c]);
            }
            // Panes and widths precede the rows in the sheet's XML: they must be set before the first flush.
            report.freezePane(0, 1);
        }

        @Override
        void writeRow(ReportRow r) throws IOException {
            if (row == maxRows) {
                throw new ReportSinkException(
                        "cannot write report " + target + ": a sheet holds at most " + maxRows
                                + " rows below its header; write this report with --format csv or --format jsonl",
                        null);
            }
            row++;
            report.value(row, 0, r.saleId());
            if (r.saleDate() != null) {
                report.value(row, 1, r.saleDate());
                report.style(row, 1).format(DATE).set();
            }
            if (r.customerId() != 0) {
                report.value(row, 2, r.customerId());
            }
            inline(report, row, 3, r.customerName());
            text(report, row, 4, r.salesRep());
            inline(report, row, 5, r.saleHeading());
            text(report, row, 6, r.productCode());
            text(report, row, 7, r.productName());
            if (r.matched()) {
                report.value(row, 8, r.quantity());
                inline(report, row, 9, r.matchedText());
                text(report, row, 10, r.source().name());
                text(report, row, 11, r.quantitySource().label());
            }
            if (row % FLUSH_EVERY == 0) {
                report.flush();
            }
        }

        @Override
        void writeEnd(ReportSummary summary, ReportTotals totals) throws IOException {
            report.setAutoFilter(0, 0, row, CsvReportSink.HEADER.length - 1);
            // One sheet at a time: fastexcel cannot switch back to a sheet once another has flushed
            // (dhatim/fastexcel#357).
            report.finish();
            byCustomer(totals);
            byProduct(totals);
            summary(summary, totals);
            workbook.finish();
        }

        @Override
        void closeFormat() throws IOException {
            closeFile();
        }

        private void byCustomer(ReportTotals totals) throws IOException {
            Worksheet sheet = workbook.newWorksheet(BY_CUSTOMER);
            List<ProductTotal> products = totals.products();
            int shown = Math.min(products.size(), MAX_PRODUCT_COLUMNS);
            boolean otherProducts = shown < products.size();
            int totalColumn = 2 + shown + (otherProducts ? 1 : 0);
            String[] header = new String[totalColumn + 1];
            header[0] = "Customer ID";
            header[1] = "Customer";
            for (int p = 0; p < shown; p++) {
                header[2 + p] = productLabel(products.get(p));
            }
            if (otherProducts) {
                header[2 + shown] = "Other products";
            }
            header[totalColumn] = "Total";
            header(sheet, List.of(header));
            sheet.width(0, 11);
            sheet.width(1, 32);
            for (int c = 2; c <= totalColumn; c++) {
                sheet.width(c, Math.min(30, Math.max(10, header[c].length() + 2)));
            }
            sheet.freezePane(2, 1);
            int r = 0;
            for (CustomerRow customer : totals.customersByName()) {
                r++;
                if (customer.customerId() != 0) {
                    sheet.value(r, 0, customer.customerId());
                }
                inline(sheet, r, 1, customer.name());
                quantities(sheet, r, customer, shown, otherProducts, totalColumn);
                if (r % FLUSH_EVERY == 0) {
                    sheet.flush();
                }
            }
            sheet.setAutoFilter(0, 0, r, totalColumn);
            if (totals.otherCustomers().isPresent()) {
                r++;
                text(
                        sheet,
                        r,
                        1,
                        "Other customers (" + totals.foldedRows() + " rows past " + ReportTotals.MAX_CUSTOMERS
                                + " customers or " + ReportTotals.MAX_CUSTOMER_PRODUCTS + " customer-product pairs)");
                quantities(sheet, r, totals.otherCustomers().get(), shown, otherProducts, totalColumn);
            }
            r++;
            text(sheet, r, 1, "Total");
            long other = 0;
            for (int p = 0; p < products.size(); p++) {
                if (p < shown) {
                    sheet.value(r, 2 + p, products.get(p).quantity());
                } else {
                    other += products.get(p).quantity();
                }
            }
            if (otherProducts) {
                sheet.value(r, 2 + shown, other);
            }
            sheet.value(r, totalColumn, totals.quantity());
            sheet.range(r, 0, r, totalColumn).style().bold().set();
            sheet.finish();
        }

        private static void quantities(
                Worksheet sheet, int r, CustomerRow customer, int shown, boolean otherProducts, int totalColumn) {
            long other = 0;
            for (int i = 0; i < customer.products().length; i++) {
                int product = customer.products()[i];
                if (product < shown) {
                    sheet.value(r, 2 + product, customer.quantities()[i]);
                } else {
                    other += customer.quantities()[i];
                }
            }
            if (otherProducts && other != 0) {
                sheet.value(r, 2 + shown, other);
            }
            sheet.value(r, totalColumn, customer.quantity());
        }

        private void byProduct(ReportTotals totals) throws IOException {
            Worksheet sheet = workbook.newWorksheet(BY_PRODUCT);
            header(
                    sheet,
                    List.of(
                            "Product code",
                            "Product name",
                            "Quantity",
                            "Sales",
                            "Customers",
                            "Quantity from quote lines",
                            "Quantity from user-defined fields",
                            "Quantity from headings",
                            "Sales from quote lines",
                            "Sales from user-defined fields",
                            "Sales from headings"));
            double[] widths = {18, 30, 10, 9, 11, 14, 14, 14, 14, 14, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.width(c, widths[c]);
            }
            sheet.freezePane(1, 1);
            int r = 0;
            long sales = 0;
            for (ProductTotal product : totals.products()) {
                r++;
                text(sheet, r, 0, product.code());
                text(sheet, r, 1, product.name());
                sheet.value(r, 2, product.quantity());
                sheet.value(r, 3, product.sales());
                sheet.value(r, 4, product.customers());
                bySource(sheet, r, 5, product.quantityBySource());
                bySource(sheet, r, 8, product.salesBySource());
                sales += product.sales();
            }
            sheet.setAutoFilter(0, 0, r, 10);
            r++;
            text(sheet, r, 0, "Total");
            sheet.value(r, 2, totals.quantity());
            sheet.value(r, 3, sales);
            // Customers buy several products: the total is the number of different customers, not the column's sum.
            sheet.value(r, 4, totals.customerCount());
            long[] quantity = new long[3];
            long[] salesBySource = new long[3];
            for (ProductTotal product : totals.products()) {
                for (MatchSource source : MatchSource.values()) {
                    quantity[column(source)] += product.quantityBySource().of(source);
                    salesBySource[column(source)] += product.salesBySource().of(source);
                }
            }
            for (int i = 0; i < 3; i++) {
                sheet.value(r, 5 + i, quantity[i]);
                sheet.value(r, 8 + i, salesBySource[i]);
            }
            sheet.range(r, 0, r, 10).style().bold().set();
            r += 2;
            text(
                    sheet,
                    r,
                    0,
                    "Sales counts a sale once per product; the total of Customers is the number of different customers"
                            + " (" + totals.customerCount() + "), who may buy several products.");
            sheet.finish();
        }

        private static void bySource(Worksheet sheet, int r, int first, ReportTotals.BySource split) {
            for (MatchSource source : MatchSource.values()) {
                sheet.value(r, first + column(source), split.of(source));
            }
        }

        /** Quote line, user-defined field, heading: the order of the columns, most structured first. */
        private static int column(MatchSource source) {
            return switch (source) {
                case QUOTE_LINE -> 0;
                case UDF -> 1;
                case HEADING -> 2;
            };
        }

        private void summary(ReportSummary s, ReportTotals totals) throws IOException {
            Worksheet sheet = workbook.newWorksheet(SUMMARY);
            sheet.width(0, 44);
            sheet.width(1, 90);
            Lines lines = new Lines(sheet);
            lines.title("Product report");
            lines.text("Written by", "so-connector " + toolVersion);
            lines.time("Run started (" + started.getZone() + ")", started.toLocalDateTime());
            lines.time(
                    "Run finished (" + started.getZone() + ")", LocalDateTime.now(clock.withZone(started.getZone())));
            lines.text("Source", s.source().query());
            if (s.source().requests() > 0) {
                lines.number("Requests", s.source().requests());
            }
            lines.blank();
            s.source().check().matchedIfKnown().ifPresent(m -> lines.number("Sales matched by the query", m));
            lines.number("Sales read", s.salesRead());
            lines.number("  skipped, no customer", s.skippedWithoutCustomer());
            lines.number("  skipped, empty heading", s.skippedEmptyHeading());
            lines.number("  matched by quote line", s.matchedByQuoteLine());
            lines.number("  matched by user-defined field", s.matchedByUdf());
            lines.number("  matched by heading", s.matchedByHeading());
            lines.number("  unmatched", s.unmatched());
            lines.number("Rows written", s.rowsWritten());
            lines.number("Total quantity", totals.quantity());
            lines.number("Products", totals.products().size());
            lines.number("Customers with a product", totals.customerCount());
            if (s.quantitiesIgnored() > 0) {
                lines.number("Quantities not read, counted as 1", s.quantitiesIgnored());
                for (ReportSummary.IgnoredQuantity ignored : s.quantitiesIgnoredListed()) {
                    lines.text(
                            "  sale " + ignored.saleId(),
                            ignored.productCode() + " \"" + ignored.written() + "\" (" + ignored.why() + ") in \""
                                    + ignored.heading() + "\"");
                }
                long more = s.quantitiesIgnored() - s.quantitiesIgnoredListed().size();
                if (more > 0) {
                    lines.text("", "... and " + more + " more");
                }
            }
            if (!s.rowsByQuantitySource().isEmpty()) {
                lines.blank();
                lines.heading("Quantities read from");
                s.rowsByQuantitySource().forEach((source, rows) -> lines.number("  " + source.label(), rows));
            }
            if (s.quantitiesToCheckTotal() > 0) {
                lines.blank();
                lines.heading("Check these quantities (above " + ReportSummary.CHECK_ABOVE
                        + "; without a count marker maybe a project or order number, with one maybe a slip)");
                for (ReportSummary.QuantityCheck check : s.quantitiesToCheck()) {
                    lines.text(
                            "  sale " + check.saleId(),
                            check.productCode() + " x " + check.quantity() + " from \"" + check.heading() + "\" ("
                                    + (check.quantitySource() == QuantitySource.MARKER
                                            ? "count marker"
                                            : "no count marker")
                                    + ")");
                }
                long more = s.quantitiesToCheckTotal() - s.quantitiesToCheck().size();
                if (more > 0) {
                    lines.text("", "... and " + more + " more");
                }
            }
            if (!s.unknownCodes().isEmpty()) {
                lines.blank();
                lines.heading("Codes the catalogue does not know, reported as the CRM has them (add them as aliases,"
                        + " or use --catalog-from-crm)");
                for (ReportSummary.CodeCount code : s.unknownCodes()) {
                    lines.text("  " + code.code(), code.sales() + (code.sales() == 1 ? " sale" : " sales"));
                }
            }
            if (!totals.unmatchedWords().isEmpty()) {
                lines.blank();
                lines.heading("Most frequent words in unmatched headings");
                for (ReportTotals.UnmatchedWord word : totals.unmatchedWords()) {
                    StringBuilder examples = new StringBuilder();
                    for (ReportTotals.SaleExample example : word.examples()) {
                        examples.append(examples.isEmpty() ? "" : "; ")
                                .append("sale ")
                                .append(example.saleId())
                                .append(": ")
                                .append(example.heading());
                    }
                    lines.text("  " + word.word() + " (" + word.count() + ")", examples.toString());
                }
            }
            List<String> notes = new java.util.ArrayList<>(s.source().notes());
            notes.addAll(s.source().check().notes());
            if (totals.foldedRows() > 0) {
                notes.add(totals.foldedRows() + " rows are summed as \"Other customers\" on sheet " + BY_CUSTOMER
                        + ": the run had more than " + ReportTotals.MAX_CUSTOMERS + " customers or "
                        + ReportTotals.MAX_CUSTOMER_PRODUCTS
                        + " customer-product pairs; column totals are exact, customer counts cover the others");
            }
            if (!notes.isEmpty() || s.source().unreadable().any()) {
                lines.blank();
                notes.forEach(note -> lines.text("Note", note));
                if (s.source().unreadable().any()) {
                    lines.text(
                            "Unreadable cells",
                            s.source().unreadable().cellsLeftEmpty() + " left empty, "
                                    + s.source().unreadable().rowsSkipped() + " rows skipped");
                    s.source().unreadable().examples().forEach(example -> lines.text("", example));
                }
            }
            for (String refused : s.source().refusedSources()) {
                lines.text("Incomplete (exit 8)", "SuperOffice refused " + refused);
            }
            s.diagnosisIfAny().ifPresent(d -> {
                lines.blank();
                lines.heading("Diagnosis ("
                        + d.stage().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
                lines.text("", d.headline());
                d.evidence().forEach(line -> lines.text("", "- " + line));
            });
            sheet.finish();
        }

        /** The Summary sheet, a line at a time: a label in column A, a value in column B. */
        private static final class Lines {
            private final Worksheet sheet;
            private int r = -1;

            Lines(Worksheet sheet) {
                this.sheet = sheet;
            }

            void title(String title) {
                r++;
                XlsxReportSink.text(sheet, r, 0, title);
                sheet.style(r, 0).bold().fontSize(14).set();
            }

            void heading(String heading) {
                r++;
                XlsxReportSink.text(sheet, r, 0, heading);
                sheet.style(r, 0).bold().set();
            }

            void text(String label, String value) {
                r++;
                XlsxReportSink.text(sheet, r, 0, label);
                XlsxReportSink.inline(sheet, r, 1, value);
            }

            void number(String label, long value) {
                r++;
                XlsxReportSink.text(sheet, r, 0, label);
                sheet.value(r, 1, value);
                sheet.style(r, 1).horizontalAlignment("left").set();
            }

            void time(String label, LocalDateTime value) {
                r++;
                XlsxReportSink.text(sheet, r, 0, label);
                sheet.value(r, 1, value);
                sheet.style(r, 1).format(DATE_TIME).horizontalAlignment("left").set();
            }

            void blank() {
                r++;
            }
        }
    }

    private static String productLabel(ProductTotal product) {
        return product.name().isEmpty() || product.name().equals(product.code())
                ? product.code()
                : product.name() + " (" + product.code() + ")";
    }

    private static void header(Worksheet sheet, List<String> titles) {
        for (int c = 0; c < titles.size(); c++) {
            sheet.value(0, c, cellText(titles.get(c)));
        }
        sheet.range(0, 0, 0, titles.size() - 1)
                .style()
                .bold()
                .fillColor(HEADER_FILL)
                .wrapText(true)
                .set();
    }

    /** A text cell from the shared strings: for values that repeat (codes, names of reps, labels). */
    private static void text(Worksheet sheet, int r, int c, String value) {
        if (!value.isEmpty()) {
            sheet.value(r, c, cellText(value));
        }
    }

    /**
     * A text cell written in the row itself: for values nearly every row has its own (headings, matched text,
     * customers), which in the shared strings would be held in memory until the workbook ends.
     */
    private static void inline(Worksheet sheet, int r, int c, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.inlineString(r, c, cellText(value));
        }
    }

    private static String cellText(String value) {
        if (value.length() <= MAX_CELL_TEXT) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_CELL_TEXT - 1)) ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT;
        return value.substring(0, end);
    }
}
