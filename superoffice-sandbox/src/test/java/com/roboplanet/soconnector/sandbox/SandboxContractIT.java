package com.roboplanet.soconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.contract.ContractRequest;
import com.roboplanet.soconnector.contract.ContractResponse;
import com.roboplanet.soconnector.contract.SuperOfficeContract;
import com.roboplanet.soconnector.contract.Violations;
import com.roboplanet.soconnector.sandbox.http.TenantRoutes;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route the sandbox serves, held to SuperOffice's own definitions: the route exists there, has contract cases,
 * and each case's request and answer (status and body) fit the operation. The FULL profile is used so the agents
 * answer instead of refusing.
 */
class SandboxContractIT {
    private static SuperOfficeContract contract;
    private static SuperOfficeSandbox sandbox;
    private static SandboxClient client;
    private static Map<String, String> fixtures;

    @BeforeAll
    static void start() throws Exception {
        contract = SuperOfficeContract.load();
        sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().salesCount(1_300).profile(Profile.FULL).build());
        client = new SandboxClient(sandbox).login();
        fixtures = Map.of(
                "{document}",
                createdId(
                        "Document", ContractCases.BY_ROUTE.get("POST Document").get(0), "DocumentId"),
                "{appointment}",
                createdId(
                        "Appointment",
                        ContractCases.BY_ROUTE.get("POST Appointment").get(0),
                        "AppointmentId"));
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) sandbox.close();
    }

    @Test
    void routes_allServedRoutes_existInTheDefinitions() {
        assertThat(SandboxRoutes.notInDefinitions(TenantRoutes.ROUTES, contract))
                .as("sandbox routes that SuperOffice's definitions do not have")
                .isEmpty();
    }

    @Test
    void routes_allServedRoutes_haveContractCases() {
        Set<String> withoutCases = new TreeSet<>(TenantRoutes.ROUTES);
        withoutCases.removeAll(ContractCases.BY_ROUTE.keySet());
        assertThat(withoutCases)
                .as("sandbox routes without contract cases: add them to ContractCases.BY_ROUTE")
                .isEmpty();
        assertThat(ContractCases.BY_ROUTE.keySet())
                .as("contract cases for routes the sandbox does not serve")
                .isSubsetOf(TenantRoutes.ROUTES);
    }

    @TestFactory
    Stream<DynamicTest> cases_eachRequestAndAnswer_fitTheDefinitions() {
        return ContractCases.BY_ROUTE.entrySet().stream()
                .flatMap(route -> route.getValue().stream()
                        .map(c -> DynamicTest.dynamicTest(route.getKey() + " (" + c.name() + ")", () -> check(c))));
    }

    private static void check(ContractCase c) throws Exception {
        Exchange exchange = send(c);
        assertNone(contract.checkRequest(exchange.request()));
        assertThat(exchange.response().status())
                .as("status of %s: %s", c.name(), exchange.response().body())
                .isEqualTo(c.status());
        assertNone(contract.checkResponse(exchange.request(), exchange.response()));
    }

    static void assertNone(Violations violations) {
        assertThat(violations.messages()).as(violations.describe()).isEmpty();
    }

    private static String createdId(String what, ContractCase c, String idField) throws Exception {
        Exchange created = send(c);
        assertThat(created.response().status())
                .as(what + ": " + created.response().body())
                .isEqualTo(200);
        return SandboxClient.JSON
                .readTree(created.response().body())
                .get(idField)
                .asText();
    }

    record Exchange(ContractRequest request, ContractResponse response) {}

    static Exchange send(ContractCase c) throws Exception {
        String path = c.path();
        if (fixtures != null) {
            for (Map.Entry<String, String> fixture : fixtures.entrySet())
                path = path.replace(fixture.getKey(), fixture.getValue());
        }
        URI uri = URI.create(client.apiBase + "v1/" + path + (c.query().isEmpty() ? "" : "?" + c.query()));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + client.accessToken)
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .method(
                        c.method(),
                        c.body().isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(c.body()));
        List<String> headers = new ArrayList<>(List.of("Accept", "application/json", "Accept-Language", "en"));
        if (c.contentType() != null) {
            builder.header("Content-Type", c.contentType());
            headers.addAll(List.of("Content-Type", c.contentType()));
        }
        HttpResponse<String> response = client.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        ContractRequest request =
                new ContractRequest(c.method(), uri.getRawPath(), c.query(), asMap(headers), c.body());
        return new Exchange(
                request,
                new ContractResponse(
                        response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null),
                        response.body()));
    }

    private static Map<String, List<String>> asMap(List<String> pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i += 2) map.put(pairs.get(i), List.of(pairs.get(i + 1)));
        return map;
    }
}
