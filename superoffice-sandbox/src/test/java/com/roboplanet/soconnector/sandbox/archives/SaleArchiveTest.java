package com.roboplanet.soconnector.sandbox.archives;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.ScenarioSale;
import com.roboplanet.soconnector.sandbox.Scenarios;
import com.roboplanet.soconnector.sandbox.entities.SaleStore;
import com.roboplanet.soconnector.sandbox.entities.Tenant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaleArchiveTest {
    private final ArchiveColumns columns = new ArchiveColumns(
            tenant(SandboxOptions.builder().seed(1).salesCount(20)).customers());
    private final FilterParser parser = new FilterParser(columns);

    private static Tenant tenant(SandboxOptions.Builder options) {
        return new Tenant(options.build());
    }

    private List<Integer> ids(SaleStore store, Map<String, String> params) {
        List<Integer> ids = new ArrayList<>();
        new SaleArchive(store)
                .run(
                        SaleArchiveRequest.parse(params, columns, parser, true),
                        row -> ids.add(row.sale().saleId()));
        return ids;
    }

    private static ScenarioSale sale(int id, String heading, int day) {
        return new ScenarioSale(
                id, heading, LocalDateTime.of(2026, 1, day, 0, 0), 0, "", 1, ScenarioSale.Status.OPEN, 0, List.of());
    }

    @Test
    void run_headingOrder_isCaseInsensitiveWithSaleIdTieBreak() {
        SaleStore store = tenant(SandboxOptions.builder()
                        .scenarios(Scenarios.none()
                                .withSales(
                                        List.of(sale(3, "b", 1), sale(1, "A", 1), sale(2, "b", 2), sale(4, "C", 1)))))
                .sales();
        assertThat(ids(store, Map.of("$orderBy", "heading asc"))).containsExactly(1, 2, 3, 4);
        assertThat(ids(store, Map.of("$orderBy", "heading desc"))).containsExactly(4, 2, 3, 1);
    }

    @Test
    void run_keysetPagesDownAndUp_matchOneBigPage() {
        SaleStore store =
                tenant(SandboxOptions.builder().seed(5).salesCount(3000)).sales();
        for (String direction : List.of("desc", "asc")) {
            Map<String, String> all = Map.of("$orderBy", "saleId " + direction, "$filter", "contact/contactId gt 0");
            List<Integer> whole = ids(store, all);
            List<Integer> paged = new ArrayList<>();
            for (List<Integer> page = ids(
                            store,
                            Map.of(
                                    "$orderBy",
                                    "saleId " + direction,
                                    "$filter",
                                    "contact/contactId gt 0",
                                    "$top",
                                    "333"));
                    !page.isEmpty();
                    page = ids(
                            store,
                            Map.of(
                                    "$orderBy",
                                    "saleId " + direction,
                                    "$filter",
                                    "contact/contactId gt 0 and saleId " + (direction.equals("desc") ? "lt " : "gt ")
                                            + paged.get(paged.size() - 1),
                                    "$top",
                                    "333"))) {
                paged.addAll(page);
            }
            assertThat(paged).as(direction).isEqualTo(whole);
        }
    }

    @Test
    void run_walkedPages_matchOneBigPage() {
        SaleStore store =
                tenant(SandboxOptions.builder().seed(5).salesCount(3000)).sales();
        Map<String, String> all = Map.of("$orderBy", "date desc,saleId desc", "$filter", "contact/contactId gt 0");
        List<Integer> whole = ids(store, all);
        List<Integer> paged = new ArrayList<>();
        for (int skip = 0; skip < whole.size(); skip += 333) {
            paged.addAll(ids(
                    store,
                    Map.of(
                            "$orderBy", "date desc,saleId desc",
                            "$filter", "contact/contactId gt 0",
                            "$top", "333",
                            "$skip", Integer.toString(skip))));
        }
        assertThat(paged).isEqualTo(whole);
    }

    @Test
    void walkDirection_onlyForOrdersTheGeneratedTenantCanWalk() {
        OrderKey saleAsc = new OrderKey(columns.find("saleId").orElseThrow(), true);
        OrderKey saleDesc = new OrderKey(columns.find("saleId").orElseThrow(), false);
        OrderKey dateAsc = new OrderKey(columns.find("date").orElseThrow(), true);
        OrderKey dateDesc = new OrderKey(columns.find("date").orElseThrow(), false);
        assertThat(SaleArchive.walkDirection(List.of())).contains(true);
        assertThat(SaleArchive.walkDirection(List.of(saleDesc))).contains(false);
        assertThat(SaleArchive.walkDirection(List.of(dateDesc, saleDesc))).contains(false);
        assertThat(SaleArchive.walkDirection(List.of(dateAsc))).contains(true);
        assertThat(SaleArchive.walkDirection(List.of(dateDesc))).isEmpty();
        assertThat(SaleArchive.walkDirection(List.of(dateDesc, saleAsc))).isEmpty();
    }
}
