package com.roboplanet.soconnector.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Data scenarios for the connector's tests.
 *
 * @param sales explicit sales instead of the generated ones ({@code null}: generate); an empty list is "no sales"
 * @param droppedColumns archive columns silently left out of every {@code GET Sale} row (a schema mismatch)
 * @param emptiedColumns archive columns answered as {@code null} in every {@code GET Sale} row
 * @param refuseContactFilter {@code contact/contactId gt 0} in a {@code $filter} is answered with an error
 * @param rowsPerPageCap every archive answers at most this many rows a page, whatever {@code $top} asks, and says
 *     nothing about it (0: no cap), like a tenant or proxy that caps pages silently
 * @param edits sales and products saved or deleted between two page requests, in the order they happen
 * @param personEmails persons whose e-mail address is the one given instead of the generated one (by person id), e.g.
 *     an international address stored in its Unicode or its ASCII form
 */
public record Scenarios(
        List<ScenarioSale> sales,
        Set<String> droppedColumns,
        Set<String> emptiedColumns,
        boolean refuseContactFilter,
        int rowsPerPageCap,
        List<ConcurrentEdit> edits,
        Map<Integer, String> personEmails) {

    public Scenarios {
        sales = sales == null ? null : List.copyOf(sales);
        droppedColumns = Set.copyOf(Objects.requireNonNull(droppedColumns, "droppedColumns"));
        emptiedColumns = Set.copyOf(Objects.requireNonNull(emptiedColumns, "emptiedColumns"));
        if (sales != null && sales.stream().map(ScenarioSale::saleId).distinct().count() != sales.size()) {
            throw new IllegalArgumentException("scenario sales have duplicate sale ids");
        }
        if (rowsPerPageCap < 0) throw new IllegalArgumentException("rows per page cap must not be negative");
        edits = List.copyOf(Objects.requireNonNull(edits, "edits"));
        personEmails = Map.copyOf(Objects.requireNonNull(personEmails, "personEmails"));
    }

    public static Scenarios none() {
        return new Scenarios(null, Set.of(), Set.of(), false, 0, List.of(), Map.of());
    }

    public Scenarios withSales(List<ScenarioSale> explicitSales) {
        return new Scenarios(
                explicitSales,
                droppedColumns,
                emptiedColumns,
                refuseContactFilter,
                rowsPerPageCap,
                edits,
                personEmails);
    }

    public Scenarios withNoSales() {
        return withSales(List.of());
    }

    public Scenarios withDroppedColumns(Set<String> columns) {
        return new Scenarios(sales, columns, emptiedColumns, refuseContactFilter, rowsPerPageCap, edits, personEmails);
    }

    public Scenarios withEmptiedColumns(Set<String> columns) {
        return new Scenarios(sales, droppedColumns, columns, refuseContactFilter, rowsPerPageCap, edits, personEmails);
    }

    public Scenarios withRefusedContactFilter() {
        return new Scenarios(sales, droppedColumns, emptiedColumns, true, rowsPerPageCap, edits, personEmails);
    }

    /** Every archive answers at most {@code rows} rows a page, silently. */
    public Scenarios withRowsPerPageCap(int rows) {
        return new Scenarios(sales, droppedColumns, emptiedColumns, refuseContactFilter, rows, edits, personEmails);
    }

    /** The persons named have these e-mail addresses instead of their generated ones. */
    public Scenarios withPersonEmails(Map<Integer, String> emails) {
        return new Scenarios(sales, droppedColumns, emptiedColumns, refuseContactFilter, rowsPerPageCap, edits, emails);
    }

    /** Sales and products change between page requests, as {@code changes} say. */
    public Scenarios withEdits(List<ConcurrentEdit> changes) {
        return new Scenarios(
                sales, droppedColumns, emptiedColumns, refuseContactFilter, rowsPerPageCap, changes, personEmails);
    }
}
