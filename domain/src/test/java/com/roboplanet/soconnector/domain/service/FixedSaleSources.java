package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleRecords;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import com.roboplanet.soconnector.domain.port.out.SaleSources;
import java.util.ArrayList;
import java.util.List;

/** Hands out the same source and records for every origin, and remembers which origins were asked for. */
final class FixedSaleSources implements SaleSources {
    private final SaleSource source;
    private final SaleRecords records;
    final List<SaleOrigin> asked = new ArrayList<>();

    FixedSaleSources(SaleSource source, SaleRecords records) {
        this.source = source;
        this.records = records;
    }

    static FixedSaleSources of(SaleSource source) {
        return new FixedSaleSources(source, null);
    }

    static FixedSaleSources of(SaleRecords records) {
        return new FixedSaleSources(null, records);
    }

    @Override
    public SaleSource source(SaleOrigin origin) {
        asked.add(origin);
        return source;
    }

    @Override
    public SaleRecords records(SaleOrigin origin) {
        asked.add(origin);
        return records;
    }
}
