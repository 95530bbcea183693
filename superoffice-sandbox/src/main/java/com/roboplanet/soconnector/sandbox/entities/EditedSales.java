package com.roboplanet.soconnector.sandbox.entities;

import com.roboplanet.soconnector.sandbox.ScenarioSale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tenant's sales with the changes of {@code ConcurrentEdit}s: sales saved (replaced in place, or added after the
 * others) and deleted (later sales move up one position). Every change makes a new immutable {@link View}, so a
 * request that took a {@link #snapshot()} sees one state of the tenant throughout; changes are rare and small, so a
 * view keeps them as lists over the unchanged base.
 */
final class EditedSales implements SaleStore {
    private final SaleStore base;
    private volatile View view;

    EditedSales(SaleStore base) {
        this.base = base;
        this.view = new View(base, new int[0], Map.of(), List.of(), base.ordered(), 0);
    }

    /** Saves {@code saved} (replacing a sale with the same id, else adding it) and deletes {@code deletedIds}. */
    synchronized void apply(List<ScenarioSale> saved, Set<Integer> deletedIds) {
        View old = view;
        TreeSet<Integer> deleted = new TreeSet<>();
        for (int position : old.deleted()) deleted.add(position);
        Map<Integer, SaleRow> replaced = new HashMap<>(old.replaced());
        List<SaleRow> added = new ArrayList<>(old.added());
        for (ScenarioSale sale : saved) {
            SaleRow row = ListedSales.toRow(sale);
            OptionalInt position = base.indexOf(sale.saleId());
            if (position.isPresent() && !deleted.contains(position.getAsInt())) {
                replaced.put(position.getAsInt(), row);
            } else {
                added.removeIf(a -> a.saleId() == sale.saleId());
                added.add(row);
            }
        }
        for (int saleId : deletedIds) {
            base.indexOf(saleId).ifPresent(deleted::add);
            added.removeIf(a -> a.saleId() == saleId);
        }
        added.sort(Comparator.comparingInt(SaleRow::saleId));
        int[] deletedPositions = deleted.stream().mapToInt(Integer::intValue).toArray();
        boolean ordered = base.ordered() && replaced.isEmpty() && addedKeepOrder(deletedPositions, added);
        view = new View(base, deletedPositions, Map.copyOf(replaced), List.copyOf(added), ordered, old.version() + 1);
    }

    /** Whether the added sales come after the last remaining base sale by id and date, as a walk needs. */
    private boolean addedKeepOrder(int[] deleted, List<SaleRow> added) {
        SaleRow previous = null;
        for (int position = base.size() - 1; position >= 0 && previous == null; position--) {
            if (Arrays.binarySearch(deleted, position) < 0) previous = base.at(position);
        }
        for (SaleRow row : added) {
            if (previous != null
                    && (row.saleId() <= previous.saleId() || row.date().isBefore(previous.date()))) {
                return false;
            }
            previous = row;
        }
        return true;
    }

    @Override
    public SaleStore snapshot() {
        return view;
    }

    @Override
    public int size() {
        return view.size();
    }

    @Override
    public SaleRow at(int index) {
        return view.at(index);
    }

    @Override
    public OptionalInt indexOf(int saleId) {
        return view.indexOf(saleId);
    }

    @Override
    public boolean ordered() {
        return view.ordered();
    }

    @Override
    public int version() {
        return view.version();
    }

    /**
     * One state of the edited sales.
     *
     * @param deleted base positions deleted, ascending
     * @param replaced rows saved over a base sale, by base position
     * @param added sales the base does not have, by id
     */
    private record View(
            SaleStore base,
            int[] deleted,
            Map<Integer, SaleRow> replaced,
            List<SaleRow> added,
            boolean ordered,
            int version)
            implements SaleStore {

        private int baseSize() {
            return base.size() - deleted.length;
        }

        @Override
        public int size() {
            return baseSize() + added.size();
        }

        @Override
        public SaleRow at(int index) {
            if (index >= baseSize()) return added.get(index - baseSize());
            int position = index;
            for (int gone : deleted) {
                if (gone <= position) position++;
                else break;
            }
            SaleRow row = replaced.get(position);
            return row != null ? row : base.at(position);
        }

        @Override
        public OptionalInt indexOf(int saleId) {
            OptionalInt position = base.indexOf(saleId);
            if (position.isPresent()) {
                int p = position.getAsInt();
                int before = 0;
                for (int gone : deleted) {
                    if (gone == p) return OptionalInt.empty();
                    if (gone < p) before++;
                }
                return OptionalInt.of(p - before);
            }
            for (int i = 0; i < added.size(); i++) {
                if (added.get(i).saleId() == saleId) return OptionalInt.of(baseSize() + i);
            }
            return OptionalInt.empty();
        }

        @Override
        public SaleStore snapshot() {
            return this;
        }
    }
}
