package com.roboplanet.soconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityRoutesIT {
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

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return SandboxClient.JSON.readTree(response.body());
    }

    private static int firstSale(String filter) throws Exception {
        return ok(client.get("v1/Sale?$select=saleId&$top=1&$filter=" + SandboxClient.q(filter)))
                .get("value")
                .get(0)
                .get("saleId")
                .asInt();
    }

    @Test
    void saleEntity_isPascalCaseWithContactCarrier() throws Exception {
        JsonNode sale = ok(client.get("v1/Sale/342243"));
        assertThat(sale.get("SaleId").asInt()).isEqualTo(342243);
        assertThat(sale.get("Heading").asText()).isEqualTo("2xOmnie CD-01 mit Nachlass");
        assertThat(sale.get("Saledate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
        assertThat(sale.get("Contact").get("ContactId").asInt()).isPositive();
        assertThat(sale.get("Contact").get("Name").asText()).isNotBlank();
        assertThat(sale.get("Status").asText()).isIn("Open", "Sold", "Lost", "Stalled");
        assertThat(sale.get("TableRight").get("Mask").asText()).isNotBlank();
    }

    @Test
    void saleEntity_userDefinedFields_carryArtikelnummerByProgId() throws Exception {
        JsonNode fields = ok(client.get("v1/Sale/342243")).get("UserDefinedFields");
        assertThat(fields.get("SuperOffice:1").asText()).isEqualTo("RR-02-017-OMNIE");
        assertThat(fields.get("SuperOffice:2").asText()).isEqualTo("2");
    }

    @Test
    void saleEntity_withoutCustomer_hasContactNull() throws Exception {
        int saleId = firstSale("contactId eq 0");
        assertThat(ok(client.get("v1/Sale/" + saleId)).get("Contact").isNull()).isTrue();
    }

    @Test
    void saleEntity_unknownId_answers404SoNotFound() throws Exception {
        HttpResponse<String> response = client.get("v1/Sale/1");
        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode body = SandboxClient.JSON.readTree(response.body());
        assertThat(body.get("ErrorType").asText()).isEqualTo("SoNotFoundException");
        assertThat(body.get("ErrorMessage").asText()).contains("1");
        assertThat(body.has("ErrorSource")).isTrue();
    }

    @Test
    void contactAndPerson_haveEmails() throws Exception {
        int contactId =
                ok(client.get("v1/Sale/342243")).get("Contact").get("ContactId").asInt();
        JsonNode contact = ok(client.get("v1/Contact/" + contactId));
        JsonNode person = ok(client.get("v1/Person/" + (contactId * 2)));
        assertThat(contact.get("Emails").get(0).get("Value").asText()).contains("@");
        assertThat(person.get("Emails").get(0).get("Value").asText()).contains("@");
        assertThat(person.get("Contact").get("ContactId").asInt()).isEqualTo(contactId);
    }

    @Test
    void lists_areBareArraysWithReferenceShapes() throws Exception {
        JsonNode families = ok(client.get("v1/List/ProductFamily/Items", "Accept-Language", "de"));
        JsonNode tasks = ok(client.get("v1/List/Task/Items"));
        JsonNode templates = ok(client.get("v1/List/DocumentTemplate/Items"));
        assertThat(families.isArray()).isTrue();
        assertThat(families.get(0).has("Tooltip")).isTrue();
        assertThat(families.get(0).get("Name").asText()).isEqualTo("Serviceroboter");
        assertThat(tasks).hasSize(12);
        assertThat(tasks.get(1).get("TaskListItemId").asInt()).isEqualTo(2);
        assertThat(tasks.get(1).get("Value").asText()).isEqualTo("Meeting (External)");
        assertThat(templates)
                .anySatisfy(t -> assertThat(t.get("RecordType").asText()).isEqualTo("Email"));
    }

    @Test
    void productFamilies_withoutLanguage_areMultiLanguageStrings() throws Exception {
        assertThat(ok(client.get("v1/List/ProductFamily/Items"))
                        .get(0)
                        .get("Name")
                        .asText())
                .isEqualTo("US:\"Service robots\";GE:\"Serviceroboter\"");
    }

    @Test
    void productArchive_isOdataEnvelope() throws Exception {
        JsonNode body = ok(client.get("v1/Product?$select=productId,name,code&$top=5"));
        assertThat(body.get("value")).hasSize(5);
        assertThat(body.get("value").get(0).get("PrimaryKey").isTextual()).isTrue();
        assertThat(body.get("value").get(0).get("EntityName").asText()).isEqualTo("product");
    }

    @Test
    void quoteAgent_chainLeadsFromSaleToLines() throws Exception {
        JsonNode quote = ok(client.postJson("v1/Agents/Quote/GetQuoteFromSaleId", "{\"SaleId\":342243}"));
        int quoteId = quote.get("QuoteId").asInt();
        JsonNode versions = ok(client.postJson("v1/Agents/Quote/GetQuoteVersions", "{\"QuoteId\":" + quoteId + "}"));
        int versionId = versions.get(0).get("QuoteVersionId").asInt();
        JsonNode alternatives =
                ok(client.postJson("v1/Agents/Quote/GetQuoteAlternatives", "{\"QuoteVersionId\":" + versionId + "}"));
        int alternativeId = alternatives.get(0).get("QuoteAlternativeId").asInt();
        JsonNode lines =
                ok(client.postJson("v1/Agents/Quote/GetQuoteLines", "{\"QuoteAlternativeId\":" + alternativeId + "}"));

        assertThat(quoteId).isPositive();
        assertThat(lines.get(0).get("ERPProductKey").asText()).isEqualTo("RR-02-017-OMNIE");
        assertThat(lines.get(0).get("Quantity").asDouble()).isEqualTo(2.0);
        assertThat(lines.get(0).get("ProductFamilyKey").isTextual()).isTrue();
    }

    @Test
    void quoteLineColumns_giveOneRowPerQuoteLine() throws Exception {
        JsonNode rows = ok(client.get("v1/Sale?$select="
                        + SandboxClient.q(
                                "saleId,quote/version/alternative/quoteline/erpProductKey,quote/version/alternative/quoteline/quantity")
                        + "&$filter=" + SandboxClient.q("saleId eq 342243")))
                .get("value");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)
                        .get("quote/version/alternative/quoteline/erpProductKey")
                        .asText())
                .isEqualTo("RR-02-017-OMNIE");
    }

    @Test
    void document_createUploadAndRead_roundTripsBytesAndAmendsDuplicateNames() throws Exception {
        String body = "{\"Header\":\"Report\",\"Name\":\"report.csv\",\"DocumentTemplate\":{\"DocumentTemplateId\":4},"
                + "\"Sale\":{\"SaleId\":342243}}";
        JsonNode first = ok(client.postJson("v1/Document", body));
        JsonNode second = ok(client.postJson("v1/Document", body));
        int id = first.get("DocumentId").asInt();
        byte[] content = "a;b\r\n1;2\r\n".getBytes(StandardCharsets.UTF_8);
        ok(client.put("v1/Document/" + id + "/Content", content));
        HttpResponse<String> read = client.get("v1/Document/" + id + "/Content");

        assertThat(first.get("Name").asText()).isEqualTo("report.csv");
        assertThat(second.get("Name").asText()).isEqualTo("report (1).csv");
        assertThat(read.body()).isEqualTo("a;b\r\n1;2\r\n");
        assertThat(ok(client.get("v1/Document/" + id)).get("Header").asText()).isEqualTo("Report");
        assertThat(sandbox.documents()).anySatisfy(d -> assertThat(d.content()).isEqualTo(content));
    }

    @Test
    void appointment_createAndRead_usesTaskListItemId() throws Exception {
        JsonNode created = ok(client.postJson(
                "v1/Appointment",
                "{\"Description\":\"Follow up\",\"StartDate\":\"2026-11-24T10:00:00\",\"Task\":{\"TaskListItemId\":5},"
                        + "\"Type\":\"inChecklist\",\"Sale\":{\"SaleId\":342243}}"));
        JsonNode read =
                ok(client.get("v1/Appointment/" + created.get("AppointmentId").asInt()));
        assertThat(read.get("Task").get("Value").asText()).isEqualTo("Follow-up");
        assertThat(read.get("Type").asText()).isEqualTo("inChecklist");
        assertThat(sandbox.appointments())
                .anySatisfy(a -> assertThat(a.saleId()).isEqualTo(342243));
    }

    @Test
    void appointment_withUnknownTask_answers400() throws Exception {
        assertThat(client.postJson("v1/Appointment", "{\"Task\":{\"TaskListItemId\":99}}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void restrictedProfile_principalIsSystemUser_agentsRefused() throws Exception {
        JsonNode principal = ok(client.get("v1/User/currentPrincipal"));
        assertThat(principal.get("AssociateId").asInt()).isZero();
        assertThat(principal.get("RoleType").asText()).isEqualTo("System");
        assertThat(client.postJson("v1/Agents/EMail/Send", "{\"Emails\":[]}").statusCode())
                .isEqualTo(401);
        assertThat(client.postJson("v1/Agents/CRMScript/ExecuteScript", "{\"CRMScriptId\":1}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void requestLog_recordsRoutesInOrder() throws Exception {
        client.get("v1/List/Task/Items");
        assertThat(sandbox.requestLog().count("GET List/Task/Items")).isPositive();
        LoggedRequest last = sandbox.requestLog()
                .entries()
                .get(sandbox.requestLog().entries().size() - 1);
        assertThat(last.status()).isPositive();
    }

    @Test
    void requestLog_postWithBearer_keepsHeadersAndBodyButNotTheToken() throws Exception {
        client.postJson("v1/Agents/Quote/GetQuoteFromSaleId", "{\"SaleId\":342243}");

        LoggedRequest last = sandbox.requestLog()
                .entries()
                .get(sandbox.requestLog().entries().size() - 1);
        assertThat(last.body()).isEqualTo("{\"SaleId\":342243}");
        assertThat(last.header("content-type")).contains("application/json");
        assertThat(last.header("Authorization")).contains("***");
        assertThat(last.toString()).doesNotContain(client.accessToken);
    }
}
