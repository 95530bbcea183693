package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.model.SaleStatus;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException.Kind;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads sales from a CRM export file, streaming: one record in memory at a time, so a file of any size
 * can be reported on.
 *
 * <p>Sales come in file order, not newest first as {@link SaleQuery} describes for CRM sources: sorting
 * would mean holding the whole file. {@code limit} therefore takes the first N sales of the file that pass
 * {@code since} and {@code status}. Sales without a customer are passed on (the use case counts them as
 * skipped), so {@link SaleSourceReport#customerFilterApplied()} is false.
 *
 * <p>Blank records (every field empty, as Excel leaves {@code ;;;;} lines) are skipped. Errors name the file
 * and the physical line where the offending record starts.
 */
public final class CsvSaleSource implements SaleSource {
    private final Path file;
    private final Map<String, String> columnOverrides;

    /**
     * @param columnOverrides {@code --column KEY=HEADER} entries, key to header name; keys are saleId,
     *     heading, customerId, customerName, saleDate, salesRep, amount, status
     */
    public CsvSaleSource(Path file, Map<String, String> columnOverrides) {
        this.file = Objects.requireNonNull(file, "file");
        this.columnOverrides = Map.copyOf(columnOverrides);
    }

    @Override
    public SaleSourceReport read(SaleQuery query, Consumer<Sale> consumer) {
        return readRecords(query, (sale, record) -> consumer.accept(sale));
    }

    /** Like {@link #read}, handing over each sale with the record it was read from (for inspection). */
    SaleSourceReport readRecords(SaleQuery query, BiConsumer<Sale, CsvRecord> consumer) {
        try {
            String headerLine = CsvInput.firstContentLine(file, false)
                    .orElseThrow(() -> invalid(file + ": the file is empty; expected a header line"));
            char delimiter = CsvInput.detectDelimiter(headerLine);
            String encoding = CsvInput.describe(delimiter, CsvInput.hasBom(file));
            try (BufferedReader reader = CsvInput.open(file);
                    CSVParser parser = CSVFormat.Builder.create()
                            .setDelimiter(delimiter)
                            .setQuote('"')
                            .setIgnoreEmptyLines(false)
                            .get()
                            .parse(reader)) {
                return new Reading(query, consumer, parser, encoding).run();
            }
        } catch (NoSuchFileException e) {
            throw invalid(file + ": file not found");
        } catch (AccessDeniedException e) {
            throw invalid(file + ": cannot read the file (access denied)");
        } catch (CharacterCodingException e) {
            throw new SaleSourceException(
                    Kind.INVALID_INPUT, file + ": not valid UTF-8 text (save the export as UTF-8)", e);
        } catch (IOException e) {
            throw new SaleSourceException(Kind.INVALID_INPUT, file + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    private static SaleSourceException invalid(String message) {
        return new SaleSourceException(Kind.INVALID_INPUT, message);
    }

    /** One pass over the file: the parser, the resolved columns and the counters for the report. */
    private final class Reading {
        private final SaleQuery query;
        private final BiConsumer<Sale, CsvRecord> consumer;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final String encoding;
        private long recordLine = 1;
        private long passed;
        private long undatedSkipped;

        Reading(SaleQuery query, BiConsumer<Sale, CsvRecord> consumer, CSVParser parser, String encoding) {
            this.query = query;
            this.consumer = consumer;
            this.parser = parser;
            this.records = parser.iterator();
            this.encoding = encoding;
        }

        SaleSourceReport run() {
            List<String> header = nextNonBlank();
            if (header == null) {
                throw invalid(file + ": the file is empty; expected a header line");
            }
            SaleColumns columns = SaleColumns.resolve(file.toString(), header, columnOverrides);
            if (query.status() != null && !columns.has(SaleColumn.STATUS)) {
                throw invalid(file + ": cannot filter by status: the file has no Status column (found: "
                        + String.join(", ", header) + "); map one with --column status=HEADER");
            }
            List<String> fields;
            while ((query.unlimited() || passed < query.limit()) && (fields = nextNonBlank()) != null) {
                Sale sale = toSale(columns, fields);
                if (sale != null) {
                    passed++;
                    consumer.accept(sale, new CsvRecord(file, recordLine, header, fields));
                }
            }
            return report(columns);
        }

        /** The next record that has a non-blank field, or null at the end; keeps {@link #recordLine} at its first line. */
        private List<String> nextNonBlank() {
            while (true) {
                long start = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw unreadable(start, e.getCause());
                }
                recordLine = start;
                List<String> fields = record.toList();
                if (fields.stream().anyMatch(f -> !f.isBlank())) {
                    return fields;
                }
            }
        }

        private SaleSourceException unreadable(long line, IOException cause) {
            String reason = cause instanceof CharacterCodingException
                    ? "not valid UTF-8 text (save the export as UTF-8)"
                    : cause.getMessage();
            return new SaleSourceException(Kind.INVALID_INPUT, file + ":" + line + ": " + reason, cause);
        }

        /** The sale, or null when the query's date or status filter leaves it out. */
        private Sale toSale(SaleColumns columns, List<String> fields) {
            if (fields.size() != columns.width()) {
                throw invalid(
                        file + ":" + recordLine + ": expected " + columns.width() + " fields like the header, found "
                                + fields.size() + " (a quote or delimiter too many or too few?)");
            }
            try {
                LocalDate date = SaleValues.date(columns.get(fields, SaleColumn.SALE_DATE));
                if (query.since() != null && (date == null || date.isBefore(query.since()))) {
                    undatedSkipped += date == null ? 1 : 0;
                    return null;
                }
                if (query.status() != null && !statusMatches(columns, fields, query.status())) {
                    return null;
                }
                long customerId = SaleValues.customerId(columns.get(fields, SaleColumn.CUSTOMER_ID));
                Customer customer = customerId == 0
                        ? null
                        : new Customer(customerId, columns.get(fields, SaleColumn.CUSTOMER_NAME));
                return new Sale(
                        SaleValues.saleId(columns.get(fields, SaleColumn.SALE_ID)),
                        columns.get(fields, SaleColumn.HEADING),
                        date,
                        customer,
                        columns.get(fields, SaleColumn.SALES_REP),
                        SaleValues.amount(columns.get(fields, SaleColumn.AMOUNT)));
            } catch (IllegalArgumentException e) {
                throw new SaleSourceException(Kind.INVALID_INPUT, file + ":" + recordLine + ": " + e.getMessage(), e);
            }
        }

        private boolean statusMatches(SaleColumns columns, List<String> fields, SaleStatus wanted) {
            return SaleValues.status(columns.get(fields, SaleColumn.STATUS)) == wanted;
        }

        private SaleSourceReport report(SaleColumns columns) {
            String described = "file " + file + " (" + encoding + "; columns " + columns.describe() + "; file order"
                    + (query.unlimited() ? "" : "; first " + query.limit() + " sales")
                    + (query.since() == null ? "" : "; since " + query.since())
                    + (query.status() == null
                            ? ""
                            : "; status " + query.status().name().toLowerCase(Locale.ROOT))
                    + ")";
            List<String> notes = new ArrayList<>();
            if (undatedSkipped > 0) {
                notes.add(undatedSkipped + " sales without a date were left out by the since filter");
            }
            return new SaleSourceReport(described, 0, false, notes);
        }
    }
}
