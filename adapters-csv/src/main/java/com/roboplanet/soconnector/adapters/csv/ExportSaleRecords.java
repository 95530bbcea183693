package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import com.roboplanet.soconnector.domain.port.out.SaleRecords;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sales of an export with the records they were read from: the same file, columns and order as {@link
 * ExportSaleSource} reads. Each lookup reads the file again, streaming, so a file of any size can be inspected.
 */
public final class ExportSaleRecords implements SaleRecords {
    private final ExportSaleSource source;

    public ExportSaleRecords(ExportFile export) {
        this.source = new ExportSaleSource(export);
    }

    @Override
    public List<SaleRecord> latest(SaleQuery query) {
        List<SaleRecord> records = new ArrayList<>();
        source.readRecords(
                query, (sale, record) -> records.add(new SaleRecord(sale, record.describe())), (id, why) -> {});
        return records;
    }

    /**
     * The record with that id, as a report reads it (a repeat of the same sale dropped); sales without a customer
     * included.
     *
     * @throws SaleSourceException when no row gives the sale but a skipped row holds its id (a ragged row, an id
     *     written {@code 1.000}): naming that row and why it was skipped, rather than "no such sale"
     */
    @Override
    public Optional<SaleRecord> find(long saleId) {
        SaleRecord[] found = new SaleRecord[1];
        List<String> skippedRows = new ArrayList<>();
        source.readRecords(
                new SaleQuery(0, null, null, false),
                (sale, record) -> {
                    if (sale.id() == saleId && found[0] == null) {
                        found[0] = new SaleRecord(sale, record.describe());
                    }
                },
                (idCell, why) -> {
                    if (mayHold(idCell, saleId)) {
                        skippedRows.add(why);
                    }
                });
        if (found[0] == null && !skippedRows.isEmpty()) {
            throw new SaleSourceException(
                    SaleSourceException.Kind.INVALID_INPUT,
                    "sale " + saleId + " is in no row the report reads; the rows that may hold it were skipped: "
                            + String.join("; ", skippedRows));
        }
        return Optional.ofNullable(found[0]);
    }

    /** Whether an id cell that could not be read may still be this id: its digits, or those before a fraction. */
    private static boolean mayHold(String idCell, long saleId) {
        String id = Long.toString(saleId);
        return idCell.replaceAll("\\D", "").equals(id)
                || idCell.replaceAll("[.,]\\d*$", "").replaceAll("\\D", "").equals(id);
    }

    /** An export row is the whole record. */
    @Override
    public Optional<String> fullRecord(long saleId) {
        return find(saleId).map(SaleRecord::asReturned);
    }
}
