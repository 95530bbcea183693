package com.roboplanet.soconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScenariosIT {
    private static final LocalDateTime DAY = LocalDateTime.of(2026, 3, 1, 0, 0);
    private static final List<ScenarioSale> SALES = List.of(
            new ScenarioSale(
                    10,
                    "2x BellaBot",
                    DAY,
                    7,
                    "Hotel Adler",
                    1,
                    ScenarioSale.Status.SOLD,
                    29_800,
                    List.of(new ScenarioQuoteLine("Pudu BellaBot", "PD-BB-01", "PD-BB-01", 2, 14_900, "1"))),
            new ScenarioSale(11, "", DAY, 0, "", 2, ScenarioSale.Status.OPEN, 0, List.of()),
            new ScenarioSale(12, "Omni", DAY.plusDays(1), 8, "Café Sonne", 3, ScenarioSale.Status.LOST, 0, List.of()));

    private static JsonNode rows(SuperOfficeSandbox sandbox, String query) throws Exception {
        var response = new SandboxClient(sandbox).login().get("v1/Sale?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SandboxClient.JSON.readTree(response.body()).get("value");
    }

    private static SuperOfficeSandbox start(Scenarios scenarios) {
        return SuperOfficeSandbox.start(
                SandboxOptions.builder().scenarios(scenarios).build());
    }

    @Test
    void explicitSales_areServedInDateDescSaleIdDescOrder() throws Exception {
        try (SuperOfficeSandbox sandbox = start(Scenarios.none().withSales(SALES))) {
            List<Integer> ids = new ArrayList<>();
            rows(sandbox, "$select=saleId,contact/name&$orderBy=" + SandboxClient.q("date desc,saleId desc"))
                    .forEach(r -> ids.add(r.get("saleId").asInt()));
            assertThat(ids).containsExactly(12, 11, 10);
            assertThat(rows(sandbox, "$select=contact/name&$filter=" + SandboxClient.q("saleId eq 10"))
                            .get(0)
                            .get("contact/name")
                            .asText())
                    .isEqualTo("Hotel Adler");
        }
    }

    @Test
    void noSales_answersAnEmptyPage() throws Exception {
        try (SuperOfficeSandbox sandbox = start(Scenarios.none().withNoSales())) {
            assertThat(rows(sandbox, "$select=saleId")).isEmpty();
        }
    }

    @Test
    void droppedAndEmptiedColumns_areMissingOrNull() throws Exception {
        Scenarios scenarios =
                Scenarios.none().withDroppedColumns(Set.of("contact/name")).withEmptiedColumns(Set.of("heading"));
        try (SuperOfficeSandbox sandbox = start(scenarios)) {
            JsonNode row =
                    rows(sandbox, "$select=saleId,heading,contact/name&$top=1").get(0);
            assertThat(row.has("contact/name")).isFalse();
            assertThat(row.get("heading").isNull()).isTrue();
        }
    }

    @Test
    void refusedContactFilter_isAnError_butClientSideFallbackWorks() throws Exception {
        try (SuperOfficeSandbox sandbox = start(Scenarios.none().withRefusedContactFilter())) {
            SandboxClient client = new SandboxClient(sandbox).login();
            assertThat(client.get("v1/Sale?$filter=" + SandboxClient.q("contact/contactId gt 0"))
                            .statusCode())
                    .isEqualTo(500);
            assertThat(client.get("v1/Sale?$select=contactId&$top=10").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void quoteLineColumns_whenTenantDisallows_areAnError() throws Exception {
        SandboxOptions options = SandboxOptions.builder()
                .quoteLineColumnsAllowed(false)
                .invalidQueryStatus(400)
                .build();
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(options)) {
            var response = new SandboxClient(sandbox)
                    .login()
                    .get("v1/Sale?$select=" + SandboxClient.q("saleId,quote/version/alternative/quoteline/name"));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(SandboxClient.JSON
                            .readTree(response.body())
                            .get("ErrorMessage")
                            .asText())
                    .contains("quote line columns");
        }
    }
}
