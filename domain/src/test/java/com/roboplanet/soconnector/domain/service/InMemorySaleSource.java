package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.util.List;
import java.util.function.Consumer;

/** A source over a fixed list; honours the limit like a real source would. */
final class InMemorySaleSource implements SaleSource {
    private final List<Sale> sales;
    private final RuntimeException failAfter;

    InMemorySaleSource(List<Sale> sales) {
        this(sales, null);
    }

    private InMemorySaleSource(List<Sale> sales, RuntimeException failAfter) {
        this.sales = sales;
        this.failAfter = failAfter;
    }

    static InMemorySaleSource failingAfter(List<Sale> sales, RuntimeException failure) {
        return new InMemorySaleSource(sales, failure);
    }

    @Override
    public SaleSourceReport read(SaleQuery query, Consumer<Sale> consumer) {
        sales.stream().limit(query.unlimited() ? Long.MAX_VALUE : query.limit()).forEach(consumer);
        if (failAfter != null) {
            throw failAfter;
        }
        return new SaleSourceReport("memory", 0, false, List.of());
    }
}
