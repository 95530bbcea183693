package com.roboplanet.soconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.contract.ContractRequest;
import com.roboplanet.soconnector.contract.ContractResponse;
import com.roboplanet.soconnector.contract.SuperOfficeContract;
import com.roboplanet.soconnector.contract.Violations;
import com.roboplanet.soconnector.sandbox.http.TenantRoutes;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract checks are known to bite: a real sandbox answer, broken on purpose, fails them, naming the break. */
class ContractMutationIT {
    private static SuperOfficeContract contract;
    private static SuperOfficeSandbox sandbox;
    private static ContractRequest saleRequest;
    private static ObjectNode sale;

    @BeforeAll
    static void fetchARealSale() throws Exception {
        contract = SuperOfficeContract.load();
        sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().salesCount(1_300).build());
        SandboxClient client = new SandboxClient(sandbox).login();
        String body = client.get("v1/Sale/342243").body();
        sale = (ObjectNode) SandboxClient.JSON.readTree(body);
        saleRequest = ContractRequest.get("/" + sandbox.credentials().contextIdentifier() + "/api/v1/Sale/342243", "");
        assertThat(check(sale).messages()).as("the unmutated answer fits").isEmpty();
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) sandbox.close();
    }

    @Test
    void response_requiredKeyFieldDropped_isAViolationNamingIt() {
        ObjectNode mutated = sale.deepCopy();
        mutated.remove("SaleId");

        assertThat(check(mutated).messages())
                .anySatisfy(m -> assertThat(m).contains("required").contains("SaleId"));
    }

    @Test
    void response_pascalCasePropertyRenamed_isAViolationNamingIt() {
        ObjectNode mutated = sale.deepCopy();
        mutated.set("heading", mutated.remove("Heading"));

        assertThat(check(mutated).messages())
                .anySatisfy(m -> assertThat(m).contains("not allowed").contains("\"heading\""))
                .anySatisfy(m -> assertThat(m).contains("required").contains("Heading"));
    }

    @Test
    void response_nestedPropertyRenamed_isAViolationWithItsPath() {
        ObjectNode mutated = sale.deepCopy();
        ObjectNode contact = (ObjectNode) mutated.get("Contact");
        contact.set("ContactName", contact.remove("Name"));

        assertThat(check(mutated).messages())
                .anySatisfy(m -> assertThat(m).contains("/Contact").contains("ContactName"));
    }

    @Test
    void response_wrongTypeForAProperty_isAViolation() {
        ObjectNode mutated = sale.deepCopy().put("SaleId", "342243");

        assertThat(check(mutated).messages()).anySatisfy(m -> assertThat(m).contains("/SaleId"));
    }

    @Test
    void routes_aRouteSuperOfficeDoesNotHave_isNamed() {
        Set<String> routes = new HashSet<>(TenantRoutes.ROUTES);
        routes.add("GET Shipment");
        routes.add("GET Associate/Me");
        routes.add("GET Sale/{id}/Quotes");

        assertThat(SandboxRoutes.notInDefinitions(routes, contract))
                .containsExactly("GET Associate/Me", "GET Sale/{id}/Quotes", "GET Shipment");
    }

    @Test
    void response_onARouteSuperOfficeDoesNotHave_isAViolationNamingTheRoute() {
        Violations violations = contract.checkResponse(
                ContractRequest.get("/Cust12345/api/v1/Shipment", ""),
                new ContractResponse(200, "application/json", "{}"));

        assertThat(violations.subject()).isEqualTo("GET /api/v1/Shipment -> 200");
        assertThat(violations.messages()).containsExactly("the route is not in SuperOffice's definitions");
    }

    @Test
    void response_statusTheOperationDoesNotDocument_isAViolation() {
        Violations violations = contract.checkResponse(
                saleRequest, new ContractResponse(201, "application/json; charset=utf-8", sale.toString()));

        assertThat(violations.messages())
                .anySatisfy(m -> assertThat(m).contains("status").contains("201"));
    }

    @Test
    void response_errorBodyWithAspNetNames_isAViolation() {
        String aspNet = "{\"Error\":true,\"ErrorType\":\"SoNotFoundException\",\"Message\":\"Sale id 1 not found\","
                + "\"Source\":\"SuperOffice.Services.Implementation\"}";

        Violations violations = contract.checkResponse(
                ContractRequest.get(saleRequest.path().replace("342243", "1"), ""),
                new ContractResponse(404, "application/json; charset=utf-8", aspNet));

        assertThat(violations.messages())
                .anySatisfy(m -> assertThat(m).contains("\"Message\"").contains("\"Source\""))
                .anySatisfy(m -> assertThat(m).contains("required").contains("ErrorMessage"));
    }

    private static Violations check(ObjectNode body) {
        return contract.checkResponse(
                saleRequest, new ContractResponse(200, "application/json; charset=utf-8", body.toString()));
    }
}
