package com.roboplanet.soconnector.sandbox.entities;

import com.roboplanet.soconnector.sandbox.ScenarioQuoteLine;
import com.roboplanet.soconnector.sandbox.ScenarioSale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Explicit sales from a scenario, in the order given. */
final class ListedSales implements SaleStore {
    private final List<SaleRow> sales;
    private final Map<Integer, Integer> positions = new HashMap<>();

    ListedSales(List<ScenarioSale> scenarioSales) {
        List<SaleRow> rows = new ArrayList<>();
        for (ScenarioSale sale : scenarioSales) {
            positions.put(sale.saleId(), rows.size());
            rows.add(toRow(sale));
        }
        sales = List.copyOf(rows);
    }

    /** The simulator's row for an explicit sale. */
    static SaleRow toRow(ScenarioSale sale) {
        List<QuoteLineRow> lines = new ArrayList<>();
        for (ScenarioQuoteLine line : sale.quoteLines()) {
            int rank = lines.size() + 1;
            lines.add(new QuoteLineRow(
                    sale.saleId() * 10 + rank,
                    rank,
                    line.name(),
                    line.code(),
                    line.erpProductKey(),
                    line.quantity(),
                    line.unitListPrice(),
                    line.productFamilyKey()));
        }
        return new SaleRow(
                sale.saleId(),
                sale.heading(),
                sale.date(),
                sale.amount(),
                sale.status().id(),
                sale.contactId(),
                sale.contactName(),
                0,
                sale.associateId(),
                null,
                lines,
                SaleUdefs.none());
    }

    @Override
    public int size() {
        return sales.size();
    }

    @Override
    public SaleRow at(int index) {
        return sales.get(index);
    }

    @Override
    public OptionalInt indexOf(int saleId) {
        Integer position = positions.get(saleId);
        return position == null ? OptionalInt.empty() : OptionalInt.of(position);
    }

    @Override
    public boolean ordered() {
        return false;
    }
}
