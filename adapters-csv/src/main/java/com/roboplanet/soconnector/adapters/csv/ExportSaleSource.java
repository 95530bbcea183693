package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.model.SaleStatus;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException.Kind;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads sales from an export a person gives us, streaming: a CSV or text file in any of Excel's dialects and
 * encodings, or an {@code .xlsx} workbook, decided by content ({@link ExportFile}). One row is in memory at a time,
 * so a file of any size can be reported on.
 *
 * <p>Columns are found by their titles ({@link SaleColumn}: the connector's names and SuperOffice's English and
 * German ones) or by the {@link ColumnMapping}; the sale id, heading and customer id columns are required, and every
 * one missing is named in one error.
 *
 * <p>A cell the report does not strictly need never stops the run: a date, amount, status, customer id or other
 * value that cannot be read is left empty for its row, and a row whose sale id cannot be read (or a text row with
 * more fields than the header: a quote or delimiter too many) is skipped; both are counted and the first five listed
 * in {@link SaleSourceReport#unreadable()}. A file that cannot be read as a table at all (missing columns, no
 * encoding fits, a quote that never closes) fails with {@link SaleSourceException} kind INVALID_INPUT and one line
 * naming file, line and fix.
 *
 * <p>Sales come in file order, not newest first as {@link SaleQuery} describes for CRM sources
 * ({@code docs/adr/0007-csv-export-order.md}): {@code limit} takes the first N sales of the file that pass
 * {@code since} and {@code status}. Sales without a customer are passed on (the use case counts them), so
 * {@link SaleSourceReport#customerFilterApplied()} is false.
 */
public final class ExportSaleSource implements SaleSource {
    private final ExportFile export;

    public ExportSaleSource(ExportFile export) {
        this.export = Objects.requireNonNull(export, "export");
    }

    /**
     * @return the report: {@code query} is {@code file PATH (FORMAT; columns KEY=HEADER, ...; file order; ...)}
     *     where FORMAT is e.g. {@code Windows-1252, delimiter ';' (from the sep= line)} or
     *     {@code Excel workbook, sheet 'Verkäufe'}; {@code notes} hold the encoding guessed, if one was; {@code
     *     unreadable} the cells left empty and rows skipped
     */
    @Override
    public SaleSourceReport read(SaleQuery query, Consumer<Sale> consumer) {
        return read(query, (sale, record) -> consumer.accept(sale), false);
    }

    /** Like {@link #read}, handing over each sale with the record it was read from (for inspection). */
    SaleSourceReport readRecords(SaleQuery query, BiConsumer<Sale, ExportRecord> consumer) {
        return read(query, consumer, true);
    }

    /** @param withRecords whether to build each sale's {@link ExportRecord}; null is handed over otherwise */
    private SaleSourceReport read(SaleQuery query, BiConsumer<Sale, ExportRecord> consumer, boolean withRecords) {
        try (TableInput table = TableInput.open(export)) {
            return new Reading(table, query, consumer, withRecords).run();
        } catch (CsvFileException e) {
            throw new SaleSourceException(Kind.INVALID_INPUT, e.getMessage(), e);
        }
    }

    /** One pass over the table: the resolved columns and the counters for the report. */
    private final class Reading {
        private final TableInput table;
        private final SaleQuery query;
        private final BiConsumer<Sale, ExportRecord> consumer;
        private final boolean withRecords;
        private final UnreadableTally unreadable = new UnreadableTally();
        private List<String> header;
        private long passed;
        private long undatedSkipped;

        Reading(TableInput table, SaleQuery query, BiConsumer<Sale, ExportRecord> consumer, boolean withRecords) {
            this.table = table;
            this.query = query;
            this.consumer = consumer;
            this.withRecords = withRecords;
        }

        SaleSourceReport run() {
            TableInput.Row headerRow = table.header();
            if (headerRow == null) {
                throw new CsvFileException(table.noHeader());
            }
            header = new ArrayList<>();
            for (int i = 0; i < headerRow.size(); i++) {
                header.add(SaleValues.text(headerRow.value(i)));
            }
            while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                header.remove(header.size() - 1); // Excel's trailing empty columns
            }
            SaleColumns columns = SaleColumns.resolve(table.at(headerRow.line()), header, export.columns());
            if (query.status() != null && !columns.has(SaleColumn.STATUS)) {
                throw new CsvFileException(export.path() + ": cannot filter by status: the file has no Status column"
                        + " (found: " + String.join(", ", header) + "); map one with --column status=HEADER");
            }
            TableInput.Row row;
            while ((query.unlimited() || passed < query.limit()) && (row = table.next()) != null) {
                if (row.blank()) {
                    continue;
                }
                Sale sale = toSale(columns, row);
                if (sale != null) {
                    passed++;
                    consumer.accept(sale, withRecords ? record(row) : null);
                }
            }
            return report(columns);
        }

        private ExportRecord record(TableInput.Row row) {
            List<String> fields = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                fields.add(SaleValues.text(row.value(i)));
            }
            return new ExportRecord(table.place(row.line()), header, fields);
        }

        /** The sale, or null when the row is skipped or the query's date or status filter leaves it out. */
        private Sale toSale(SaleColumns columns, TableInput.Row row) {
            if (!table.extraCellsAreHarmless() && hasExtraFields(row, columns.width())) {
                unreadable.skipped(
                        table.at(row.line()),
                        row.size() + " fields, but the header has " + columns.width()
                                + " (a quote or delimiter too many?)");
                return null;
            }
            long id;
            try {
                id = SaleValues.saleId(columns.get(row, SaleColumn.SALE_ID));
            } catch (IllegalArgumentException e) {
                unreadable.skipped(table.at(row.line()), e.getMessage());
                return null;
            }
            LocalDate date = read(row, () -> SaleValues.date(columns.get(row, SaleColumn.SALE_DATE), table.date1904()));
            if (query.since() != null && (date == null || date.isBefore(query.since()))) {
                undatedSkipped += date == null ? 1 : 0;
                return null;
            }
            if (query.status() != null) {
                SaleStatus status = read(row, () -> SaleValues.status(columns.get(row, SaleColumn.STATUS)));
                if (status != query.status()) {
                    return null;
                }
            }
            Long customerId = read(row, () -> SaleValues.customerId(columns.get(row, SaleColumn.CUSTOMER_ID)));
            Customer customer = customerId == null || customerId == 0
                    ? null
                    : new Customer(customerId, SaleValues.text(columns.get(row, SaleColumn.CUSTOMER_NAME)));
            BigDecimal amount = read(row, () -> SaleValues.amount(columns.get(row, SaleColumn.AMOUNT)));
            return new Sale(
                    id,
                    SaleValues.text(columns.get(row, SaleColumn.HEADING)),
                    date,
                    customer,
                    SaleValues.text(columns.get(row, SaleColumn.SALES_REP)),
                    amount);
        }

        private boolean hasExtraFields(TableInput.Row row, int width) {
            for (int i = width; i < row.size(); i++) {
                Object v = row.value(i);
                if (v != null && !(v instanceof String s && s.isBlank())) {
                    return true;
                }
            }
            return false;
        }

        /** The value, or null (counted and listed) when the cell cannot be read. */
        private <T> T read(TableInput.Row row, java.util.function.Supplier<T> value) {
            try {
                return value.get();
            } catch (IllegalArgumentException e) {
                unreadable.leftEmpty(table.at(row.line()), e.getMessage());
                return null;
            }
        }

        private SaleSourceReport report(SaleColumns columns) {
            String described = "file " + export.path() + " (" + table.format() + "; columns " + columns.describe()
                    + "; file order"
                    + (query.unlimited() ? "" : "; first " + query.limit() + " sales")
                    + (query.since() == null ? "" : "; since " + query.since())
                    + (query.status() == null
                            ? ""
                            : "; status " + query.status().name().toLowerCase(Locale.ROOT))
                    + ")";
            List<String> notes = new ArrayList<>(table.notes());
            notes.addAll(columns.notes());
            if (undatedSkipped > 0) {
                notes.add(undatedSkipped + " sales without a date were left out by the since filter");
            }
            return new SaleSourceReport(described, 0, false, notes, unreadable.result());
        }
    }
}
