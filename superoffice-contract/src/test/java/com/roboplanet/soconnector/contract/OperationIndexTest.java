package com.roboplanet.soconnector.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OperationIndexTest {
    private static final Set<String> OPERATIONS = Set.of(
            "GET Sale",
            "GET Sale/{id}",
            "GET Sale/CustomField/{fieldName}",
            "GET Archive/{archiveProviderName}",
            "POST Agents/Quote/GetQuoteLines",
            "PUT Document/{documentId}/Content");

    @Test
    void matches_placeholdersAndParameters_pairUp() {
        assertThat(OperationIndex.matches(OPERATIONS, "GET Sale/{id}")).isTrue();
        assertThat(OperationIndex.matches(OPERATIONS, "PUT Document/{id}/Content"))
                .isTrue();
        assertThat(OperationIndex.matches(OPERATIONS, "GET Archive/FindSale")).isTrue();
        assertThat(OperationIndex.matches(OPERATIONS, "GET Sale/342243")).isTrue();
    }

    @Test
    void matches_agentMethodPlaceholder_standsForAnyMethodName() {
        assertThat(OperationIndex.matches(OPERATIONS, "POST Agents/Quote/{method}"))
                .isTrue();
        assertThat(OperationIndex.matches(OPERATIONS, "POST Agents/Person/{method}"))
                .isFalse();
    }

    @Test
    void matches_routesSuperOfficeDoesNotHave_areRefused() {
        assertThat(OperationIndex.matches(OPERATIONS, "GET Shipment")).isFalse();
        assertThat(OperationIndex.matches(OPERATIONS, "GET Associate/Me")).isFalse();
        // An id placeholder must meet a parameter, not a literal such as CustomField.
        assertThat(OperationIndex.matches(OPERATIONS, "GET Sale/{id}/Quotes")).isFalse();
        assertThat(OperationIndex.matches(OPERATIONS, "POST Sale")).isFalse();
    }

    @Test
    void apiPath_tenantPrefix_isStripped() {
        assertThat(SuperOfficeContract.apiPath("/Cust12345/api/v1/Sale/1")).isEqualTo("/api/v1/Sale/1");
        assertThat(SuperOfficeContract.apiPath("/api/v1/Sale/1")).isEqualTo("/api/v1/Sale/1");
    }

    @Test
    void group_agentsAndEntities_areSlicedByService() {
        assertThat(SpecSlices.group("/api/v1/Agents/Quote/GetQuoteLines")).isEqualTo("Agents/Quote");
        assertThat(SpecSlices.group("/api/v1/Sale/5")).isEqualTo("Sale");
    }
}
