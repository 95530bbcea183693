package com.roboplanet.soconnector.sandbox;

import static com.roboplanet.soconnector.sandbox.ContractCase.get;
import static com.roboplanet.soconnector.sandbox.ContractCase.post;
import static com.roboplanet.soconnector.sandbox.ContractCase.postWithoutBody;
import static com.roboplanet.soconnector.sandbox.ContractCase.put;

import com.roboplanet.soconnector.sandbox.http.TenantRoutes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract cases, keyed by the sandbox's route name ({@link TenantRoutes#ROUTES}). A route without an entry here
 * fails {@code SandboxContractIT} with its name: whoever adds a route adds its cases.
 */
final class ContractCases {
    private static final String SALE = "342243";
    /** Generated quotes with several alternatives (seed 42): an accepted one beside another favourite; two versions. */
    private static final String ACCEPTED_QUOTE = "341081";

    private static final String TWO_VERSIONS_QUOTE = "341228";
    private static final String SALE_COLUMNS = "saleId,heading,amount,date,saleStatus,hasQuote,currency,contactId,"
            + "contact/contactId,contact/name,personId,person/personId,person/fullName,person/email/emailAddress,"
            + "associateId,associate/associateDbId,associate/fullName,associate/personEmail,updatedDate,quote/quoteId";
    private static final String QUOTE_LINE_COLUMNS = "saleId,quote/version/alternative/quoteline/quoteLineId,"
            + "quote/version/alternative/quoteline/erpProductKey,quote/version/alternative/quoteline/name,"
            + "quote/version/alternative/quoteline/code,quote/version/alternative/quoteline/quantity,"
            + "quote/version/alternative/quoteline/unitListPrice,quote/version/alternative/quoteline/totalPrice,"
            + "quote/version/alternative/quoteline/productFamilyKey";
    private static final String DOCUMENT = "{\"Header\":\"Offer Omnie\",\"Name\":\"offer.eml\",\"OurRef\":\"\","
            + "\"YourRef\":\"\",\"Description\":\"Mail to the customer\",\"DocumentTemplate\":{\"DocumentTemplateId\":3},"
            + "\"Contact\":{\"ContactId\":1},\"Person\":{\"PersonId\":1},\"Associate\":{\"AssociateId\":1},"
            + "\"Sale\":{\"SaleId\":" + SALE + "},\"Date\":\"2026-01-05T10:00:00\"}";
    private static final String APPOINTMENT = "{\"Contact\":{\"ContactId\":1},\"Person\":{\"PersonId\":1},"
            + "\"Description\":\"Call back about the offer\",\"StartDate\":\"2026-01-06T09:00:00\","
            + "\"EndDate\":\"2026-01-06T09:30:00\",\"Task\":{\"TaskListItemId\":2},\"Associate\":{\"AssociateId\":1},"
            + "\"Sale\":{\"SaleId\":" + SALE + "}}";
    private static final String MAIL = "{\"Emails\":[{\"From\":{\"Address\":\"anna.meyer@roboplanet.example\"},"
            + "\"To\":[{\"Address\":\"kunde@hotel.example\"}],\"Subject\":\"Offer\",\"PlainBody\":\"Hello\"}]}";

    static final Map<String, List<ContractCase>> BY_ROUTE = cases();

    private ContractCases() {}

    private static Map<String, List<ContractCase>> cases() {
        Map<String, List<ContractCase>> cases = new LinkedHashMap<>();
        cases.put(
                "GET Sale",
                List.of(
                        get(
                                "sale columns",
                                "Sale",
                                query(SALE_COLUMNS, "contact/contactId gt 0", "date desc,saleId desc", 5)),
                        get(
                                "quote line columns",
                                "Sale",
                                query(QUOTE_LINE_COLUMNS, "saleId eq " + SALE, "saleId asc", 5))));
        cases.put(
                "GET Archive/FindSale",
                List.of(get("sale columns", "Archive/FindSale", query(SALE_COLUMNS, "saleId gt 0", "saleId asc", 3))));
        cases.put(
                "GET Sale/{id}",
                List.of(
                        get("quoted sale with customer", "Sale/" + SALE, ""),
                        new ContractCase("unknown sale", "GET", "Sale/1", "", null, "", 404)));
        cases.put("GET Contact/{id}", List.of(get("customer", "Contact/1", "")));
        cases.put("GET Person/{id}", List.of(get("contact person", "Person/2", "")));
        cases.put(
                "GET Person",
                List.of(get(
                        "person archive",
                        "Person",
                        query(
                                "personId,firstName,lastName,fullName,email/emailAddress,contactId,personContact/contactId,"
                                        + "personContact/name",
                                "personId gt 0",
                                "personId asc",
                                3))));
        cases.put(
                "GET Archive/InternalUsers",
                List.of(get(
                        "sales reps",
                        "Archive/InternalUsers",
                        query(
                                "associateDbId,assocName,firstName,lastName,fullName,personId,personEmail,isActive",
                                "associateDbId gt 0",
                                "associateDbId asc",
                                10))));
        cases.put(
                "GET Archive/ConfigurableArchiveQuoteLine",
                List.of(get(
                        "quote lines of a range of sales, by sale and line",
                        "Archive/ConfigurableArchiveQuoteLine",
                        query(
                                "quoteLineId,quoteAlternativeId,rank,erpProductKey,name,code,quantity,productFamilyKey,"
                                        + "alternative/version/quoteVersionId,alternative/version/quote/quoteId,"
                                        + "alternative/version/quote/sale/saleId",
                                "alternative/version/quote/sale/saleId lt 342300 and"
                                        + " alternative/version/quote/sale/saleId gt 342200",
                                "alternative/version/quote/sale/saleId desc,quoteLineId desc",
                                50))));
        cases.put("GET List/ProductFamily/Items", List.of(get("product families", "List/ProductFamily/Items", "")));
        cases.put("GET List/Task/Items", List.of(get("tasks", "List/Task/Items", "")));
        cases.put(
                "GET List/DocumentTemplate/Items",
                List.of(get("document templates", "List/DocumentTemplate/Items", "")));
        cases.put(
                "GET Product",
                List.of(get(
                        "product archive",
                        "Product",
                        "$select=" + SandboxClient.q("productId,name,code,erpProductKey,productFamilyKey,listPrice")
                                + "&$top=5")));
        cases.put("POST Document", List.of(post("mail document", "Document", DOCUMENT)));
        cases.put("GET Document/{id}", List.of(get("stored document", "Document/{document}", "")));
        cases.put(
                "PUT Document/{id}/Content",
                List.of(put(
                        "mail bytes",
                        "Document/{document}/Content",
                        "application/octet-stream",
                        "Subject: Offer\r\n\r\nHello\r\n")));
        cases.put("GET Document/{id}/Content", List.of(get("mail bytes", "Document/{document}/Content", "")));
        cases.put(
                "GET Document",
                List.of(get(
                        "document archive",
                        "Document",
                        query(
                                "documentId,name,subject,contactId,personId,saleId",
                                "documentId gt 0",
                                "documentId asc",
                                5))));
        cases.put(
                "GET Appointment",
                List.of(get(
                        "appointment archive",
                        "Appointment",
                        query(
                                "appointmentId,text,associateId,contactId,personId,saleId",
                                "associateId associateIsOneOf (1) and personId equals 1 and text contains 'offer'",
                                "appointmentId asc",
                                5))));
        cases.put("GET Document/default", List.of(get("blank document", "Document/default", "")));
        cases.put("POST Appointment", List.of(post("follow-up", "Appointment", APPOINTMENT)));
        cases.put("GET Appointment/{id}", List.of(get("stored follow-up", "Appointment/{appointment}", "")));
        cases.put("GET Appointment/default", List.of(get("blank appointment", "Appointment/default", "")));
        cases.put("GET User/currentPrincipal", List.of(get("current user", "User/currentPrincipal", "")));
        cases.put(
                "POST Agents/Quote/{method}",
                List.of(
                        post("GetQuoteFromSaleId", "Agents/Quote/GetQuoteFromSaleId", "{\"SaleId\":" + SALE + "}"),
                        post(
                                "GetQuoteFromSaleId, accepted alternative beside another favourite",
                                "Agents/Quote/GetQuoteFromSaleId",
                                "{\"SaleId\":" + ACCEPTED_QUOTE + "}"),
                        post(
                                "GetQuoteFromSaleId, two versions and no favourite",
                                "Agents/Quote/GetQuoteFromSaleId",
                                "{\"SaleId\":" + TWO_VERSIONS_QUOTE + "}"),
                        post(
                                "GetQuoteAlternatives, two alternatives",
                                "Agents/Quote/GetQuoteAlternatives",
                                "{\"QuoteVersionId\":" + ACCEPTED_QUOTE + "}"),
                        post("GetQuoteVersions", "Agents/Quote/GetQuoteVersions", "{\"QuoteId\":" + SALE + "}"),
                        post(
                                "GetQuoteAlternatives",
                                "Agents/Quote/GetQuoteAlternatives",
                                "{\"QuoteVersionId\":" + SALE + "}"),
                        post("GetQuoteLines", "Agents/Quote/GetQuoteLines", "{\"QuoteAlternativeId\":" + SALE + "}")));
        cases.put(
                "POST Agents/EMail/{method}",
                List.of(
                        post("Send", "Agents/EMail/Send", MAIL),
                        postWithoutBody("GetCurrentAccountId", "Agents/EMail/GetCurrentAccountId")));
        cases.put(
                "POST Agents/CRMScript/{method}",
                List.of(
                        post(
                                "ExecuteScript",
                                "Agents/CRMScript/ExecuteScript",
                                "{\"CRMScriptId\":1,\"Parameters\":{}}"),
                        postWithoutBody(
                                "CreateDefaultCRMScriptEntity", "Agents/CRMScript/CreateDefaultCRMScriptEntity")));
        cases.put(
                "POST CRMScript/{id}/Execute",
                List.of(post("script by id", "CRMScript/1/Execute", "{\"personId\":\"2\"}")));
        return cases;
    }

    private static String query(String select, String filter, String orderBy, int top) {
        return "$select=" + SandboxClient.q(select) + "&$filter=" + SandboxClient.q(filter) + "&$orderBy="
                + SandboxClient.q(orderBy) + "&$top=" + top;
    }
}
