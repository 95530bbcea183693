package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import com.roboplanet.soconnector.domain.port.out.SaleRecords;
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
        source.readRecords(query, (sale, record) -> records.add(new SaleRecord(sale, record.describe())));
        return records;
    }

    /** The last record with that id, as a report reads them all; sales without a customer included. */
    @Override
    public Optional<SaleRecord> find(long saleId) {
        SaleRecord[] found = new SaleRecord[1];
        source.readRecords(new SaleQuery(0, null, null, false), (sale, record) -> {
            if (sale.id() == saleId) {
                found[0] = new SaleRecord(sale, record.describe());
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** An export row is the whole record. */
    @Override
    public Optional<String> fullRecord(long saleId) {
        return find(saleId).map(SaleRecord::asReturned);
    }
}
