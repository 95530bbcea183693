package com.roboplanet.soconnector.sandbox.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.sandbox.ScenarioSale;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditedSalesTest {
    private final GeneratedSales base = new GeneratedSales(3, 50, new Customers(3, 20));

    private static ScenarioSale sale(int id, LocalDateTime date) {
        return new ScenarioSale(id, "new", date, 0, "", 1, ScenarioSale.Status.OPEN, 0, List.of());
    }

    private static List<Integer> ids(SaleStore store) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < store.size(); i++) ids.add(store.at(i).saleId());
        return ids;
    }

    @Test
    void apply_deletesAndAddsAtTheTop_positionsAndIdsAgreeAndTheOrderHolds() {
        EditedSales sales = new EditedSales(base);
        SaleStore before = sales.snapshot();
        int last = GeneratedSales.FIRST_ID + 49;

        sales.apply(List.of(sale(last + 1, base.at(49).date())), Set.of(GeneratedSales.FIRST_ID + 3, last));

        List<Integer> expected = new ArrayList<>(ids(base));
        expected.removeAll(List.of(GeneratedSales.FIRST_ID + 3, last));
        expected.add(last + 1);
        assertThat(ids(sales)).isEqualTo(expected);
        for (int i = 0; i < sales.size(); i++) {
            assertThat(sales.indexOf(sales.at(i).saleId())).hasValue(i);
        }
        assertThat(sales.indexOf(GeneratedSales.FIRST_ID + 3)).isEmpty();
        assertThat(sales.ordered()).isTrue();
        assertThat(sales.version()).isEqualTo(1);
        assertThat(ids(before)).as("a snapshot keeps its state").isEqualTo(ids(base));
    }

    @Test
    void apply_savingAnExistingSaleWithAnotherDate_replacesItAndGivesUpTheWalk() {
        EditedSales sales = new EditedSales(base);
        int id = GeneratedSales.FIRST_ID + 10;

        sales.apply(List.of(sale(id, LocalDateTime.of(2030, 1, 1, 0, 0))), Set.of());

        assertThat(sales.size()).isEqualTo(50);
        assertThat(sales.at(10).heading()).isEqualTo("new");
        assertThat(sales.ordered()).isFalse();
    }
}
