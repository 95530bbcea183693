package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import com.roboplanet.soconnector.domain.port.out.SaleRecords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records over a fixed list, in list order; full records only for the sales given one. */
final class InMemorySaleRecords implements SaleRecords {
    private final List<SaleRecord> records;
    private final Map<Long, String> fullRecords = new HashMap<>();
    final List<SaleQuery> queries = new ArrayList<>();
    final List<Long> fullRecordsRead = new ArrayList<>();

    InMemorySaleRecords(List<SaleRecord> records) {
        this.records = records;
    }

    InMemorySaleRecords withFullRecord(long saleId, String text) {
        fullRecords.put(saleId, text);
        return this;
    }

    @Override
    public List<SaleRecord> latest(SaleQuery query) {
        queries.add(query);
        return records.stream()
                .limit(query.unlimited() ? Long.MAX_VALUE : query.limit())
                .toList();
    }

    @Override
    public Optional<SaleRecord> find(long saleId) {
        return records.stream().filter(r -> r.sale().id() == saleId).findFirst();
    }

    @Override
    public Optional<String> fullRecord(long saleId) {
        fullRecordsRead.add(saleId);
        return Optional.ofNullable(fullRecords.get(saleId));
    }
}
