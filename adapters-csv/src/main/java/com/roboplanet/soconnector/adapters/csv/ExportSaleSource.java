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
 * <p>A sale id comes once: a row that repeats an id with the same sale (the same customer, heading, date and sales
 * rep: two exports pasted together) is dropped and counted in {@link SaleSourceReport#check()}, so that each sale is
 * counted once; a row that gives an id read before to another sale stops the read naming both lines and what differs,
 * since either may be the one meant.
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
        return read(query, (sale, record) -> consumer.accept(sale), false, (id, why) -> {});
    }

    /**
     * Like {@link #read}, handing over each sale with the record it was read from (for inspection).
     *
     * @param skipped told of every row skipped: the text of its sale id cell, and {@code file:line: reason}
     */
    SaleSourceReport readRecords(
            SaleQuery query, BiConsumer<Sale, ExportRecord> consumer, BiConsumer<String, String> skipped) {
        return read(query, consumer, true, skipped);
    }

    /** @param withRecords whether to build each sale's {@link ExportRecord}; null is handed over otherwise */
    private SaleSourceReport read(
            SaleQuery query,
            BiConsumer<Sale, ExportRecord> consumer,
            boolean withRecords,
            BiConsumer<String, String> skipped) {
        try (TableInput table = TableInput.open(export)) {
            return new Reading(table, query, consumer, withRecords, skipped).run();
        } catch (OtherSaleUnderTheSameId e) {
            throw new SaleSourceException(Kind.INVALID_INPUT, e.message(firstRowOf(e.sale.id())), e);
        } catch (CsvFileException e) {
            throw new SaleSourceException(Kind.INVALID_INPUT, e.getMessage(), e);
        }
    }

    /**
     * The first row of a sale id with its place, found by reading the file again: a second pass only on the way to an
     * error, rather than a line number kept for every sale of a large export.
     */
    private Located firstRowOf(long id) {
        Located[] first = {null};
        try (TableInput table = TableInput.open(export)) {
            new Reading(table, SaleQuery.all(), (sale, record) -> {}, false, (i, why) -> {}).scan((sale, line) -> {
                if (first[0] == null && sale.id() == id) {
                    first[0] = new Located(sale, table.at(line));
                }
            });
        }
        return first[0];
    }

    /** A sale and the row it was read from ({@code file:line}). */
    private record Located(Sale sale, String where) {}

    /** A row that gives an id read before to another sale. Thrown without a stack: it becomes a message. */
    private static final class OtherSaleUnderTheSameId extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Sale sale;
        private final String where;

        OtherSaleUnderTheSameId(Sale sale, String where) {
            super(null, null, false, false);
            this.sale = sale;
            this.where = where;
        }

        /** {@code file:8: sale 900001 is on file:2 too, for another sale (CustomerId 501 there, 507 here): ...} */
        String message(Located first) {
            List<String> differs = new ArrayList<>();
            if (first != null) {
                Sale before = first.sale();
                differ(differs, "CustomerId", id(before.customer()), id(sale.customer()));
                differ(differs, "CustomerName", name(before.customer()), name(sale.customer()));
                differ(differs, "Heading", before.heading(), sale.heading());
                differ(differs, "SaleDate", String.valueOf(before.date()), String.valueOf(sale.date()));
                differ(differs, "SalesRep", before.salesRep(), sale.salesRep());
            }
            return where + ": sale " + sale.id() + " is "
                    + (first == null ? "in an earlier row" : "on " + first.where())
                    + " too, for another sale" + (differs.isEmpty() ? "" : " (" + String.join("; ", differs) + ")")
                    + ": one id cannot stand for two sales; correct or remove one of the rows";
        }

        private static void differ(List<String> differs, String column, String there, String here) {
            if (!java.util.Objects.equals(there, here)) {
                differs.add(column + " '" + there + "' there, '" + here + "' here");
            }
        }

        private static String id(Customer customer) {
            return customer == null ? "" : String.valueOf(customer.contactId());
        }

        private static String name(Customer customer) {
            return customer == null ? "" : customer.name();
        }
    }

    /** One pass over the table: the resolved columns and the counters for the report. */
    private final class Reading {
        private final TableInput table;
        private final SaleQuery query;
        private final BiConsumer<Sale, ExportRecord> consumer;
        private final boolean withRecords;
        private final BiConsumer<String, String> skipped;
        private final UnreadableTally unreadable = new UnreadableTally();
        private final SeenSales seen = new SeenSales();
        private List<String> header;
        private long passed;
        private long undatedSkipped;
        private long repeated;
        private String firstRepeated;

        Reading(
                TableInput table,
                SaleQuery query,
                BiConsumer<Sale, ExportRecord> consumer,
                boolean withRecords,
                BiConsumer<String, String> skipped) {
            this.table = table;
            this.query = query;
            this.consumer = consumer;
            this.withRecords = withRecords;
            this.skipped = skipped;
        }

        /** Every sale of the file with the line it starts on, repeated ids included; no report. */
        void scan(java.util.function.ObjLongConsumer<Sale> rows) {
            SaleColumns columns = columns();
            TableInput.Row row;
            while ((row = table.next()) != null) {
                Sale sale = row.blank() ? null : toSale(columns, row);
                if (sale != null) {
                    rows.accept(sale, row.line());
                }
            }
        }

        private SaleColumns columns() {
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
            return columns;
        }

        SaleSourceReport run() {
            SaleColumns columns = columns();
            TableInput.Row row;
            boolean anyRow = false;
            while ((query.unlimited() || passed < query.limit()) && (row = table.next()) != null) {
                if (row.blank()) {
                    continue;
                }
                anyRow = true;
                Sale sale = toSale(columns, row);
                if (sale != null && firstTime(sale, row)) {
                    passed++;
                    consumer.accept(sale, withRecords ? record(row) : null);
                }
            }
            if (!anyRow) {
                // An export cut off after its header (a filter that matched nothing, a save gone wrong) would
                // otherwise replace the last report with an empty one.
                throw new CsvFileException(table.at(1) + ": a header and no rows: there are no sales to report;"
                        + " nothing was written (export the sales again)");
            }
            return report(columns);
        }

        /**
         * Whether the sale's id comes for the first time; a repeat of the same sale is counted, one for another sale
         * stops the read.
         */
        private boolean firstTime(Sale sale, TableInput.Row row) {
            int fingerprint = java.util.Objects.hash(
                    sale.customer() == null ? null : sale.customer().contactId(),
                    sale.customer() == null ? null : sale.customer().name(),
                    sale.heading(),
                    sale.date(),
                    sale.salesRep());
            long before = seen.putIfAbsent(sale.id(), fingerprint);
            if (before == SeenSales.ABSENT) {
                return true;
            }
            if (before != fingerprint) {
                throw new OtherSaleUnderTheSameId(sale, table.at(row.line()));
            }
            repeated++;
            if (firstRepeated == null) {
                firstRepeated = table.place(row.line()) + " (sale " + sale.id() + ")";
            }
            return false;
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
                skip(
                        columns,
                        row,
                        row.size() + " fields, but the header has " + columns.width()
                                + " (a quote or delimiter too many?)");
                return null;
            }
            long id;
            try {
                id = SaleValues.saleId(columns.get(row, SaleColumn.SALE_ID));
            } catch (IllegalArgumentException e) {
                skip(columns, row, e.getMessage());
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

        private void skip(SaleColumns columns, TableInput.Row row, String reason) {
            unreadable.skipped(table.at(row.line()), reason);
            skipped.accept(
                    SaleValues.text(columns.get(row, SaleColumn.SALE_ID)),
                    table.at(row.line()) + ": " + reason + " (row skipped)");
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
            if (firstRepeated != null) {
                notes.add("the first row that repeats a sale: " + firstRepeated);
            }
            return new SaleSourceReport(
                    described,
                    0,
                    false,
                    notes,
                    unreadable.result(),
                    new SaleSourceReport.ReadCheck(-1, repeated, 0, 0),
                    List.of(),
                    List.of(),
                    -1);
        }
    }
}
