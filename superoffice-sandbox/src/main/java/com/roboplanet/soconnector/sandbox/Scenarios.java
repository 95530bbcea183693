package com.roboplanet.soconnector.sandbox;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Data scenarios for the connector's tests.
 *
 * @param sales explicit sales instead of the generated ones ({@code null}: generate); an empty list is "no sales"
 * @param droppedColumns archive columns silently left out of every {@code GET Sale} row (a schema mismatch)
 * @param emptiedColumns archive columns answered as {@code null} in every {@code GET Sale} row
 * @param refuseContactFilter {@code contact/contactId gt 0} in a {@code $filter} is answered with an error
 */
public record Scenarios(
        List<ScenarioSale> sales, Set<String> droppedColumns, Set<String> emptiedColumns, boolean refuseContactFilter) {

    public Scenarios {
        sales = sales == null ? null : List.copyOf(sales);
        droppedColumns = Set.copyOf(Objects.requireNonNull(droppedColumns, "droppedColumns"));
        emptiedColumns = Set.copyOf(Objects.requireNonNull(emptiedColumns, "emptiedColumns"));
        if (sales != null && sales.stream().map(ScenarioSale::saleId).distinct().count() != sales.size()) {
            throw new IllegalArgumentException("scenario sales have duplicate sale ids");
        }
    }

    public static Scenarios none() {
        return new Scenarios(null, Set.of(), Set.of(), false);
    }

    public Scenarios withSales(List<ScenarioSale> explicitSales) {
        return new Scenarios(explicitSales, droppedColumns, emptiedColumns, refuseContactFilter);
    }

    public Scenarios withNoSales() {
        return withSales(List.of());
    }

    public Scenarios withDroppedColumns(Set<String> columns) {
        return new Scenarios(sales, columns, emptiedColumns, refuseContactFilter);
    }

    public Scenarios withEmptiedColumns(Set<String> columns) {
        return new Scenarios(sales, droppedColumns, columns, refuseContactFilter);
    }

    public Scenarios withRefusedContactFilter() {
        return new Scenarios(sales, droppedColumns, emptiedColumns, true);
    }
}
