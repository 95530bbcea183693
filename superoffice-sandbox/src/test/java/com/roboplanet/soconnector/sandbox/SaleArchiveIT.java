package com.roboplanet.soconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SaleArchiveIT {
    static final String RECOMMENDED_SELECT =
            "saleId,heading,amount,date,saleStatus,contact/contactId,contact/name,associateId,associate/fullName";
    static SuperOfficeSandbox sandbox;
    static SandboxClient client;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SuperOfficeSandbox.start(SandboxOptions.defaults());
        client = new SandboxClient(sandbox).login();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static JsonNode getJson(String relative, String... headers) throws Exception {
        HttpResponse<String> response = client.get(relative, headers);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SandboxClient.JSON.readTree(response.body());
    }

    @Test
    void recommendedQuery_returnsExactlyTheSelectedColumns() throws Exception {
        JsonNode body = getJson(
                "v1/Sale?$select=" + SandboxClient.q(RECOMMENDED_SELECT) + "&$filter="
                        + SandboxClient.q("contact/contactId gt 0") + "&$orderBy=" + SandboxClient.q("saleId asc")
                        + "&$top=200&$skip=0",
                "Accept-Language",
                "en");

        assertThat(body.get("odata.metadata").asText()).isEqualTo(sandbox.apiBaseUrl() + "v1/Archive//$metadata");
        assertThat(body.get("odata.nextLink").isNull()).isTrue();
        assertThat(body.get("value")).hasSize(200);
        List<String> expected = new ArrayList<>(List.of("PrimaryKey", "EntityName"));
        expected.addAll(List.of(RECOMMENDED_SELECT.split(",")));
        for (JsonNode row : body.get("value")) {
            List<String> names = new ArrayList<>();
            row.fieldNames().forEachRemaining(names::add);
            assertThat(names).containsExactlyElementsOf(expected);
            assertThat(row.get("PrimaryKey").isTextual()).isTrue();
            assertThat(row.get("EntityName").asText()).isEqualTo("sale");
            assertThat(row.get("contact/contactId").asInt()).isPositive();
            assertThat(row.get("saleStatus").asText()).isIn("Open", "Sold", "Lost", "Stalled");
        }
    }

    @Test
    void sale342243_isTheOmnieExample() throws Exception {
        JsonNode row = getJson(
                        "v1/Sale?$select=saleId,heading,contactId&$filter=" + SandboxClient.q("saleId eq 342243"))
                .get("value")
                .get(0);
        assertThat(row.get("heading").asText()).isEqualTo("2xOmnie CD-01 mit Nachlass");
        assertThat(row.get("contactId").asInt()).isPositive();
    }

    @Test
    void saleUdef_selectedAndFiltered_givesDisplayTextAndEmptyWhenUnset() throws Exception {
        JsonNode omnie = getJson(
                        "v1/Sale?$select=" + SandboxClient.q("saleId,saleUdef/SuperOffice:1,saleUdef/SuperOffice:2")
                                + "&$filter=" + SandboxClient.q("saleId eq 342243"))
                .get("value")
                .get(0);
        assertThat(omnie.get("saleUdef/SuperOffice:1").asText()).isEqualTo("RR-02-017-OMNIE");
        assertThat(omnie.get("saleUdef/SuperOffice:2").asText()).isEqualTo("2");

        JsonNode page = getJson("v1/Sale?$select=" + SandboxClient.q("saleUdef/SuperOffice:1") + "&$top=200")
                .get("value");
        List<String> codes = new ArrayList<>();
        page.forEach(row -> codes.add(row.get("saleUdef/SuperOffice:1").asText()));
        assertThat(codes).contains("").anyMatch(code -> !code.isEmpty());

        JsonNode carrying = getJson("v1/Sale?$select=" + SandboxClient.q("saleUdef/SuperOffice:1") + "&$filter="
                        + SandboxClient.q("saleUdef/SuperOffice:1 eq 'RR-02-017-OMNIE'") + "&$top=50")
                .get("value");
        assertThat(carrying).isNotEmpty();
        carrying.forEach(
                row -> assertThat(row.get("saleUdef/SuperOffice:1").asText()).isEqualTo("RR-02-017-OMNIE"));
    }

    @Test
    void saleStatus_withoutAcceptLanguage_isResourceId() throws Exception {
        JsonNode row = getJson("v1/Sale?$select=saleStatus&$top=1").get("value").get(0);
        assertThat(row.get("saleStatus").asText()).startsWith("[SR_SALE_");
    }

    @Test
    void paging_dateDescSaleIdDesc_hasNoGapsOrDuplicates() throws Exception {
        Set<Integer> seen = new HashSet<>();
        List<Integer> order = new ArrayList<>();
        for (int skip = 0; ; skip += 300) {
            JsonNode page = getJson("v1/Sale?$select=saleId,date&$orderBy=" + SandboxClient.q("date desc,saleId desc")
                            + "&$top=300&$skip=" + skip)
                    .get("value");
            page.forEach(row -> order.add(row.get("saleId").asInt()));
            page.forEach(row -> seen.add(row.get("saleId").asInt()));
            if (page.size() < 300) break;
        }
        assertThat(order).hasSize(2000).doesNotHaveDuplicates();
        assertThat(order).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(seen).hasSize(2000);
    }

    @Test
    void paging_byHeading_isStableAcrossPages() throws Exception {
        List<Integer> paged = new ArrayList<>();
        for (int skip = 0; skip < 2000; skip += 250) {
            getJson("v1/Sale?$select=saleId&$orderby=heading&$top=250&$skip=" + skip)
                    .get("value")
                    .forEach(row -> paged.add(row.get("saleId").asInt()));
        }
        assertThat(paged).hasSize(2000).doesNotHaveDuplicates();
    }

    @Test
    void filter_leOrGe_isRefusedWithErrorBody() throws Exception {
        for (String op : List.of("le", "ge")) {
            HttpResponse<String> response = client.get("v1/Sale?$filter=" + SandboxClient.q("contactId " + op + " 5"));
            assertThat(response.statusCode()).isEqualTo(500);
            JsonNode body = SandboxClient.JSON.readTree(response.body());
            assertThat(body.get("Error").asBoolean()).isTrue();
            assertThat(body.get("ErrorMessage").asText()).contains(op);
        }
    }

    @Test
    void filter_unknownColumn_isAnError() throws Exception {
        HttpResponse<String> response = client.get("v1/Sale?$filter=" + SandboxClient.q("Contact ne null"));
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(SandboxClient.JSON.readTree(response.body()).get("ErrorType").asText())
                .isEqualTo("ArgumentException");
    }

    @Test
    void filter_grammar_andBindsTighterThanOr() throws Exception {
        JsonNode rows = getJson("v1/Sale?$select=saleId&$filter="
                        + SandboxClient.q("saleId eq 341001 or saleId gt 341100 and saleId lt 341103"))
                .get("value");
        List<Integer> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("saleId").asInt()));
        assertThat(ids).containsExactly(341001, 341101, 341102);
    }

    @Test
    void filter_stringsDatesAndLists_work() throws Exception {
        assertThat(getJson("v1/Sale?$select=heading&$filter=" + SandboxClient.q("heading contains 'omnie'"))
                        .get("value"))
                .allSatisfy(
                        r -> assertThat(r.get("heading").asText().toLowerCase()).contains("omnie"));
        assertThat(getJson("v1/Sale?$select=date&$filter="
                                + SandboxClient.q(
                                        "date between ('2023-01-02','2023-01-05') and saleStatus oneOf (1,2)"))
                        .get("value"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("date").asText()).startsWith("2023-01-0"));
        assertThat(getJson("v1/Sale?$filter=" + SandboxClient.q("heading eq 'it\\'s'"))
                        .get("value"))
                .isEmpty();
    }

    @Test
    void unknownRoutes_answer404WithErrorBody() throws Exception {
        for (String route : List.of("v1/Shipment", "v1/Associate/Me", "v1/Sale/342243/Quotes")) {
            HttpResponse<String> response = client.get(route);
            assertThat(response.statusCode()).as(route).isEqualTo(404);
            assertThat(SandboxClient.JSON.readTree(response.body()).get("Error").asBoolean())
                    .isTrue();
        }
    }
}
