package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.contract.SuperOfficeContract;
import com.roboplanet.soconnector.domain.model.Addressee;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.Rep;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.sandbox.LoggedRequest;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request check is known to bite: requests the adapter really sent, broken on purpose, fail it with the route or
 * property named. The test takes the requests out of the fixture itself, so the after-each check does not see the
 * broken copies.
 */
class AdapterContractMutationIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SuperOfficeContract contract;
    private static List<LoggedRequest> sent;

    @BeforeAll
    static void recordRealRequests() {
        contract = SuperOfficeContract.load();
        try (SuperOfficeSandbox sandbox = SandboxFixture.start(
                        SandboxOptions.builder().salesCount(50).build());
                SuperOfficeConnection connection = SuperOfficeConnection.open(
                        SandboxFixture.settings(sandbox, 20), Clock.systemUTC(), new RecordingSleeper())) {
            connection.saleSource().read(SaleQuery.all(), sale -> {});
            Rep rep = connection.directory().rep("2");
            Addressee to = connection.directory().addressee("3");
            OutboundEmail email = new OutboundEmail(rep, to.recipient(), to.contactId(), null, "Offer", "Text", null);
            connection
                    .mailArchive(SuperOfficeMailSettings.fromTenantLists())
                    .archive(email, "<m1@x>", "Subject: Offer\r\n\r\nText\r\n".getBytes(StandardCharsets.US_ASCII));
            sent = SandboxFixture.uncheckedRequests();
        }
        assertThat(sent)
                .as("the login host's token request is among them, and is not WebAPI's to judge")
                .anySatisfy(r -> assertThat(r.path()).isEqualTo("/login/common/oauth/tokens"));
        assertThat(AdapterRequests.violations(contract, sent))
                .as("the unmutated requests fit")
                .isEmpty();
    }

    @Test
    void request_toAssociateMe_failsNamingTheRoute() {
        LoggedRequest mutated = withPath(sentTo("GET", "/api/v1/Sale"), "/api/v1/Associate/Me");

        assertThat(AdapterRequests.violations(contract, List.of(mutated)))
                .singleElement()
                .asString()
                .startsWith("GET /api/v1/Associate/Me: ")
                .contains("not in SuperOffice's definitions");
    }

    @Test
    void request_toShipment_failsNamingTheRoute() {
        LoggedRequest mutated = withPath(sentTo("POST", "/api/v1/Document"), "/api/v1/Shipment");

        assertThat(AdapterRequests.violations(contract, List.of(mutated)))
                .singleElement()
                .asString()
                .startsWith("POST /api/v1/Shipment: ");
    }

    @Test
    void request_bodyPropertyNotInTheDefinitions_failsNamingIt() throws Exception {
        LoggedRequest document = sentTo("POST", "/api/v1/Document");
        ObjectNode body = (ObjectNode) JSON.readTree(document.body());
        body.put("MailSubject", "Offer");

        assertThat(AdapterRequests.violations(contract, List.of(withBody(document, body.toString()))))
                .singleElement()
                .asString()
                .contains("POST /api/v1/Document")
                .contains("\"MailSubject\"");
    }

    @Test
    void request_nestedBodyPropertyRenamed_failsNamingIt() throws Exception {
        LoggedRequest document = sentTo("POST", "/api/v1/Document");
        ObjectNode body = (ObjectNode) JSON.readTree(document.body());
        ObjectNode contact = (ObjectNode) body.get("Contact");
        contact.set("Id", contact.remove("ContactId"));

        assertThat(AdapterRequests.violations(contract, List.of(withBody(document, body.toString()))))
                .anySatisfy(v -> assertThat(v).contains("/Contact").contains("\"Id\""));
    }

    @Test
    void request_queryOptionNotInTheDefinitions_failsNamingIt() {
        LoggedRequest sale = sentTo("GET", "/api/v1/Sale");
        LoggedRequest mutated = new LoggedRequest(
                sale.method(),
                sale.path(),
                sale.query() + "&$orderby2=saleId",
                sale.route(),
                sale.status(),
                sale.headers(),
                sale.body());

        assertThat(AdapterRequests.violations(contract, List.of(mutated)))
                .anySatisfy(v -> assertThat(v).contains("$orderby2"));
    }

    @Test
    void request_queryOptionOfTheWrongType_failsNamingIt() {
        LoggedRequest sale = sentTo("GET", "/api/v1/Sale");
        LoggedRequest mutated = new LoggedRequest(
                sale.method(),
                sale.path(),
                sale.query().replaceFirst("\\$top=\\d+", "\\$top=all"),
                sale.route(),
                sale.status(),
                sale.headers(),
                sale.body());

        assertThat(AdapterRequests.violations(contract, List.of(mutated)))
                .anySatisfy(v -> assertThat(v).contains("$top"));
    }

    private static LoggedRequest sentTo(String method, String apiPath) {
        return sent.stream()
                .filter(r -> r.method().equals(method) && r.path().endsWith(apiPath))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the adapter sent no " + method + " " + apiPath));
    }

    private static LoggedRequest withPath(LoggedRequest request, String apiPath) {
        String tenant = request.path().substring(0, request.path().indexOf("/api/v1/"));
        return new LoggedRequest(
                request.method(),
                tenant + apiPath,
                request.query(),
                request.route(),
                request.status(),
                request.headers(),
                request.body());
    }

    private static LoggedRequest withBody(LoggedRequest request, String body) {
        return new LoggedRequest(
                request.method(),
                request.path(),
                request.query(),
                request.route(),
                request.status(),
                request.headers(),
                body);
    }
}
