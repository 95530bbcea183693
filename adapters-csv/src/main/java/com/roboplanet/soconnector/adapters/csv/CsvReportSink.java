package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes the customer-product report as CSV, one row per (sale, product). The summary is not written into
 * the file: a trailing summary row would break every tool that reads the columns.
 *
 * <p>{@code QuantitySource} ({@code marker}, {@code bare-number}, {@code default}, {@code quote-line}, {@code
 * udf}) is the last column, so that tools reading the earlier columns by position keep working.
 *
 * <p>Text cells are guarded against formula injection ({@link FormulaGuard}); the numeric columns (SaleId,
 * CustomerId, Quantity) and the ISO date are written from numbers and dates, so they cannot carry a formula
 * and are left alone.
 */
public final class CsvReportSink implements ReportSink {
    static final String[] HEADER = {
        "SaleId",
        "SaleDate",
        "CustomerId",
        "CustomerName",
        "SalesRep",
        "SaleHeading",
        "ProductCode",
        "ProductName",
        "Quantity",
        "MatchedText",
        "Source",
        "QuantitySource"
    };

    private final ReportTarget target;
    private final CsvReportFormat format;

    public CsvReportSink(ReportTarget target, CsvReportFormat format) {
        this.target = Objects.requireNonNull(target, "target");
        this.format = Objects.requireNonNull(format, "format");
    }

    public CsvReportSink(Path target, CsvReportFormat format) {
        this(ReportTarget.file(target), format);
    }

    @Override
    public ReportWriter open() {
        return new Writer(target, format);
    }

    private static final class Writer extends AtomicReportWriter {
        private final CSVPrinter printer;

        Writer(ReportTarget target, CsvReportFormat format) {
            super(target);
            CSVFormat csv = CSVFormat.Builder.create()
                    .setDelimiter(format.delimiter())
                    .setRecordSeparator(format.lineSeparator())
                    .setQuote('"')
                    .setQuoteMode(QuoteMode.MINIMAL)
                    .setHeader(HEADER)
                    .get();
            try {
                if (format.byteOrderMark()) {
                    out().write(CsvInput.BOM);
                }
                this.printer = new CSVPrinter(out(), csv);
            } catch (IOException e) {
                close();
                throw failure(target, e);
            }
        }

        @Override
        void writeRow(ReportRow row) throws IOException {
            printer.printRecord(
                    row.saleId(),
                    row.saleDate() == null ? "" : row.saleDate().toString(),
                    row.customerId() == 0 ? "" : Long.toString(row.customerId()),
                    FormulaGuard.neutralise(row.customerName()),
                    FormulaGuard.neutralise(row.salesRep()),
                    FormulaGuard.neutralise(row.saleHeading()),
                    FormulaGuard.neutralise(row.productCode()),
                    FormulaGuard.neutralise(row.productName()),
                    row.matched() ? Integer.toString(row.quantity()) : "",
                    FormulaGuard.neutralise(row.matchedText()),
                    row.matched() ? row.source().name() : "",
                    row.matched() ? row.quantitySource().label() : "");
        }

        @Override
        void writeEnd(ReportSummary summary, ReportTotals totals) {
            // The CSV report has no room for the summary; the command line prints it to stderr.
        }

        @Override
        void closeFormat() throws IOException {
            if (printer != null) {
                printer.close(true);
            } else {
                closeFile();
            }
        }
    }
}
