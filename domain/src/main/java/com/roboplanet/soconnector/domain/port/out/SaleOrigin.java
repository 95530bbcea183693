package com.roboplanet.soconnector.domain.port.out;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where a run reads its sales from, as the user chose it: the CRM (with or without quote lines), or an export
 * file with its column mapping. A value, so that commands carry the choice and only the composition root turns it
 * into an adapter ({@link SaleSources}).
 *
 * @param withQuoteLines CRM only: also read each quoted sale's quote lines (more requests per quoted sale)
 * @param file export file only: the file, resolved against the working directory
 * @param columns export file only: {@code --column KEY=HEADER} entries, key to header name (saleId, heading,
 *     customerId, customerName, saleDate, salesRep, amount, status)
 * @param reading export file only: the encoding and sheet the user named; {@link TableReading#DETECT} otherwise
 */
public record SaleOrigin(
        Kind kind, boolean withQuoteLines, Path file, Map<String, String> columns, TableReading reading) {

    /** The kinds of source; a new input format adds a kind here and a case where the adapters are chosen. */
    public enum Kind {
        CRM,
        EXPORT_FILE
    }

    public SaleOrigin {
        Objects.requireNonNull(kind, "kind");
        columns = Map.copyOf(Objects.requireNonNullElse(columns, Map.of()));
        reading = Objects.requireNonNullElse(reading, TableReading.DETECT);
        if ((kind == Kind.EXPORT_FILE) != (file != null)) {
            throw new IllegalArgumentException("an export file, and only an export file, names a file: " + kind);
        }
        if (kind == Kind.CRM && (!columns.isEmpty() || !reading.equals(TableReading.DETECT))) {
            throw new IllegalArgumentException(
                    "a column mapping, an encoding and a sheet apply to an export file only");
        }
        if (kind == Kind.EXPORT_FILE && withQuoteLines) {
            throw new IllegalArgumentException("an export file has no quote lines");
        }
    }

    public static SaleOrigin crm(boolean withQuoteLines) {
        return new SaleOrigin(Kind.CRM, withQuoteLines, null, Map.of(), TableReading.DETECT);
    }

    /** An export read with everything detected but the columns given. */
    public static SaleOrigin exportFile(Path file, Map<String, String> columns) {
        return exportFile(file, columns, TableReading.DETECT);
    }

    public static SaleOrigin exportFile(Path file, Map<String, String> columns, TableReading reading) {
        return new SaleOrigin(Kind.EXPORT_FILE, false, file, columns, reading);
    }

    public boolean fromCrm() {
        return kind == Kind.CRM;
    }
}
