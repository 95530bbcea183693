package com.roboplanet.soconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scenarios that make paging hard, seen by a plain HTTP client: the silent page cap, and sales or products saved
 * and deleted between page requests, which shift offset paging (a sale read twice, a sale skipped) and leave keyset
 * paging exact.
 */
class PagingScenariosIT {
    private static final int SALES = 300;
    private static final int FIRST_ID = 341_001;

    private static SuperOfficeSandbox start(Scenarios scenarios) {
        return SuperOfficeSandbox.start(
                SandboxOptions.builder().salesCount(SALES).scenarios(scenarios).build());
    }

    private static List<Integer> ids(SandboxClient client, String route, String key, String query) throws Exception {
        HttpResponse<String> response = client.get(route + "?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<Integer> ids = new ArrayList<>();
        SandboxClient.JSON
                .readTree(response.body())
                .get("value")
                .forEach(r -> ids.add(r.get(key).asInt()));
        return ids;
    }

    private static List<Integer> sales(SandboxClient client, String query) throws Exception {
        return ids(client, "v1/Sale", "saleId", "$select=saleId&$orderBy=" + SandboxClient.q("saleId desc") + query);
    }

    private static ScenarioSale registeredNow() {
        return new ScenarioSale(
                FIRST_ID + SALES,
                "new",
                LocalDateTime.of(2026, 12, 31, 0, 0),
                1,
                "Hotel Adler",
                1,
                ScenarioSale.Status.OPEN,
                0,
                List.of());
    }

    @Test
    void rowsPerPageCap_everyArchiveAnswersAtMostTheCapWhateverTopAsks() throws Exception {
        try (SuperOfficeSandbox sandbox = start(Scenarios.none().withRowsPerPageCap(4))) {
            SandboxClient client = new SandboxClient(sandbox).login();

            assertThat(sales(client, "&$top=500")).hasSize(4);
            assertThat(sales(client, "")).as("no $top at all").hasSize(4);
            assertThat(sales(client, "&$top=3")).hasSize(3);
            assertThat(ids(client, "v1/Product", "productId", "$select=productId&$top=10"))
                    .containsExactly(1, 2, 3, 4);
            assertThat(ids(client, "v1/Archive/InternalUsers", "associateDbId", "$select=associateDbId"))
                    .hasSize(4);
            assertThat(ids(client, "v1/Person", "personId", "$select=personId&$top=50"))
                    .hasSize(4);
            JsonNode envelope = SandboxClient.JSON.readTree(
                    client.get("v1/Sale?$select=saleId&$top=500").body());
            assertThat(envelope.get("odata.nextLink").isNull())
                    .as("nothing says more rows exist")
                    .isTrue();
        }
    }

    @Test
    void edits_afterTheFirstPage_shiftOffsetPagingButNotKeysetPaging() throws Exception {
        int deletedAhead = FIRST_ID + 100;
        ConcurrentEdit edit = ConcurrentEdit.sales(1, List.of(registeredNow()), Set.of(deletedAhead));
        List<Integer> all;
        try (SuperOfficeSandbox calm = start(Scenarios.none())) {
            all = sales(new SandboxClient(calm).login(), "");
        }
        try (SuperOfficeSandbox offset = start(Scenarios.none().withEdits(List.of(edit)));
                SuperOfficeSandbox keyset = start(Scenarios.none().withEdits(List.of(edit)))) {
            SandboxClient byOffset = new SandboxClient(offset).login();
            List<Integer> offsetRead = new ArrayList<>();
            for (int skip = 0; ; skip += 50) {
                List<Integer> page = sales(byOffset, "&$top=50&$skip=" + skip);
                offsetRead.addAll(page);
                if (page.size() < 50) break;
            }
            SandboxClient byKey = new SandboxClient(keyset).login();
            List<Integer> keysetRead = new ArrayList<>(sales(byKey, "&$top=50"));
            for (List<Integer> page = List.of(0); !page.isEmpty(); keysetRead.addAll(page)) {
                page = sales(
                        byKey,
                        "&$top=50&$filter=" + SandboxClient.q("saleId lt " + keysetRead.get(keysetRead.size() - 1)));
            }

            assertThat(offsetRead)
                    .as("the last sale of page 1 comes again at the top of page 2")
                    .containsOnlyOnce(all.get(0))
                    .filteredOn(all.get(49)::equals)
                    .hasSize(2);
            List<Integer> survivors = new ArrayList<>(all);
            survivors.remove(Integer.valueOf(deletedAhead));
            assertThat(keysetRead).isEqualTo(survivors);
        }
    }

    @Test
    void edits_deletingAReadSale_makesOffsetPagingSkipOne() throws Exception {
        int deletedBehind = FIRST_ID + SALES - 5;
        ConcurrentEdit edit = ConcurrentEdit.sales(1, List.of(), Set.of(deletedBehind));
        try (SuperOfficeSandbox sandbox = start(Scenarios.none().withEdits(List.of(edit)))) {
            SandboxClient client = new SandboxClient(sandbox).login();
            List<Integer> first = sales(client, "&$top=50");
            List<Integer> second = sales(client, "&$top=50&$skip=50");

            assertThat(first).contains(deletedBehind);
            assertThat(second.get(0))
                    .as("one sale moved up past the offset: skipped")
                    .isEqualTo(first.get(49) - 2);
        }
    }

    @Test
    void productEdits_andFilterPastAProductId_pageByKey() throws Exception {
        ConcurrentEdit edit =
                ConcurrentEdit.products(1, List.of(new ScenarioProduct(17, "NEW-17", "Neu", 4, 99)), Set.of(3, 12));
        try (SuperOfficeSandbox sandbox = start(Scenarios.none().withEdits(List.of(edit)))) {
            SandboxClient client = new SandboxClient(sandbox).login();
            String order = "$select=productId&$orderBy=" + SandboxClient.q("productId asc") + "&$top=8";

            assertThat(ids(client, "v1/Product", "productId", order)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(ids(client, "v1/Product", "productId", order + "&$filter=" + SandboxClient.q("productId gt 8")))
                    .containsExactly(9, 10, 11, 13, 14, 15, 16, 17);
            assertThat(client.get("v1/Product?$filter=" + SandboxClient.q("productId ge 8"))
                            .statusCode())
                    .as("ge fails like SuperOffice's own samples say")
                    .isEqualTo(500);
        }
    }
}
