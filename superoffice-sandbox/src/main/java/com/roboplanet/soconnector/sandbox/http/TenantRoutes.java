package com.roboplanet.soconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** The tenant API routes under {@code /{ctx}/api/v1/}, after authentication and faults. */
final class TenantRoutes {
    private final ObjectMapper json;
    private final SandboxOptions options;
    private final Tenant tenant;
    private final Entities entities;
    private final Lists lists;
    private final QuoteAgent quotes;
    private final Workspace workspace;
    private final SaleArchiveWriter archiveWriter;
    private final FilterParser filters;
    private final MailRelay relay;
    private final List<SentMail> sentMails = new CopyOnWriteArrayList<>();
    private final String contextIdentifier;
    private final EntityArchive persons;
    private final EntityArchive internalUsers;
    private final EntityArchive documents;

    TenantRoutes(ObjectMapper json, SandboxOptions options, Tenant tenant, String contextIdentifier) {
        this.json = json;
        this.contextIdentifier = contextIdentifier;
        this.options = options;
        this.tenant = tenant;
        Carriers carriers = new Carriers(json, tenant.customers);
        this.entities = new Entities(carriers);
        this.lists = new Lists(carriers);
        this.quotes = new QuoteAgent(carriers, tenant.sales);
        this.workspace = new Workspace(carriers, lists, options.clock());
        this.archiveWriter = new SaleArchiveWriter(json.getFactory(), options.scenarios());
        this.filters = new FilterParser(tenant.columns);
        this.relay = options.smtpHost() == null ? null : new MailRelay(options.smtpHost(), options.smtpPort());
        this.persons = SmallArchives.persons(tenant.customers, json);
        this.internalUsers = SmallArchives.internalUsers(json);
        this.documents = SmallArchives.documents(workspace, json);
    }

    Workspace workspace() {
        return workspace;
    }

    List<SentMail> sentMails() {
        return List.copyOf(sentMails);
    }

    /** Every tenant API route the sandbox serves; the contract tests hold each one to SuperOffice's definitions. */
    static final Set<String> ROUTES = Set.of(
            "GET Sale",
            "GET Archive/FindSale",
            "GET Sale/{id}",
            "GET Contact/{id}",
            "GET Person/{id}",
            "GET List/ProductFamily/Items",
            "GET List/Task/Items",
            "GET List/DocumentTemplate/Items",
            "GET Product",
            "POST Document",
            "GET Document/{id}",
            "PUT Document/{id}/Content",
            "GET Document/{id}/Content",
            "POST Appointment",
            "GET Appointment/{id}",
            "GET User/currentPrincipal",
            "GET Person",
            "GET Archive/InternalUsers",
            "GET Document",
            "GET Document/default",
            "GET Appointment/default",
            "POST Agents/Quote/{method}",
            "POST Agents/EMail/{method}",
            "POST Agents/CRMScript/{method}",
            "POST CRMScript/{id}/Execute");

    /** The route name for the request log, or {@code null} when no route matches. */
    static String routeName(String method, String[] s) {
        String route = method + " " + shape(s);
        return ROUTES.contains(route) ? route : null;
    }

    private static String shape(String[] s) {
        StringBuilder shape = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            if (i > 0) shape.append('/');
            boolean agentMethod = i == 2 && s[0].equals("Agents");
            shape.append(s[i].matches("-?\\d+") ? "{id}" : agentMethod ? "{method}" : s[i]);
        }
        return shape.toString();
    }

    void handle(HttpCall call, String route, String[] s, String apiBase, boolean malformed) throws IOException {
        switch (route) {
            case "GET Sale", "GET Archive/FindSale" -> saleArchive(call, apiBase, malformed);
            case "GET Sale/{id}" -> call.sendJson(200, entities.sale(sale(id(s[1]))));
            case "GET Contact/{id}" ->
                call.sendJson(
                        200,
                        entities.contact(tenant.customers
                                .customer(id(s[1]))
                                .orElseThrow(() -> ApiError.notFound("Contact id " + s[1] + " not found"))));
            case "GET Person" -> call.sendJson(200, persons.answer(call.params(), apiBase));
            case "GET Archive/InternalUsers" -> call.sendJson(200, internalUsers.answer(call.params(), apiBase));
            case "GET Document" -> call.sendJson(200, documents.answer(call.params(), apiBase));
            case "GET Document/default" -> call.sendJson(200, workspace.defaultDocument(options.profile()));
            case "GET Appointment/default" -> call.sendJson(200, workspace.defaultAppointment(options.profile()));
            case "GET Person/{id}" ->
                call.sendJson(
                        200,
                        entities.person(tenant.customers
                                .person(id(s[1]))
                                .orElseThrow(() -> ApiError.notFound("Person id " + s[1] + " not found"))));
            case "GET List/ProductFamily/Items" -> call.sendJson(200, lists.productFamilies(call.language()));
            case "GET List/Task/Items" -> call.sendJson(200, lists.tasks());
            case "GET List/DocumentTemplate/Items" -> call.sendJson(200, lists.documentTemplates());
            case "GET Product" ->
                call.sendJson(200, ProductArchive.answer(json, call.params(), apiBase, call.language()));
            case "POST Document" -> call.sendJson(200, workspace.createDocument(body(call)));
            case "GET Document/{id}" -> call.sendJson(200, workspace.document(id(s[1])));
            case "PUT Document/{id}/Content" -> call.sendJson(200, workspace.putContent(id(s[1]), call.body()));
            case "GET Document/{id}/Content" -> call.send(200, "application/octet-stream", workspace.content(id(s[1])));
            case "POST Appointment" -> call.sendJson(200, workspace.createAppointment(body(call)));
            case "GET Appointment/{id}" -> call.sendJson(200, workspace.appointment(id(s[1])));
            case "GET User/currentPrincipal" ->
                call.sendJson(200, entities.principal(options.profile(), contextIdentifier));
            case "POST Agents/Quote/{method}" -> call.sendJson(200, quotes.call(s[2], body(call)));
            case "POST Agents/EMail/{method}" -> email(call, s[2]);
            case "POST Agents/CRMScript/{method}", "POST CRMScript/{id}/Execute" -> crmScript(call);
            default -> throw new IllegalStateException("route without handler: " + route);
        }
    }

    private void saleArchive(HttpCall call, String apiBase, boolean malformed) throws IOException {
        ArchiveQuery query =
                ArchiveQuery.parse(call.params(), tenant.columns, filters, options.quoteLineColumnsAllowed());
        if (options.scenarios().refuseContactFilter()
                && query.filterText().replaceAll("\\s+", " ").contains("contact/contactId gt 0")) {
            throw new QueryException("The filter 'contact/contactId gt 0' is refused by this tenant (scenario)");
        }
        Language language = call.language();
        try (OutputStream out = call.startStream(HttpCall.JSON)) {
            archiveWriter.write(out, apiBase + "v1/Archive//$metadata", tenant, query, language, malformed ? 2 : -1);
        }
    }

    private SaleRow sale(int saleId) {
        return tenant.sales.indexOf(saleId).stream()
                .mapToObj(tenant.sales::at)
                .findFirst()
                .orElseThrow(() -> ApiError.notFound("Sale id " + saleId + " not found"));
    }

    private void email(HttpCall call, String method) throws IOException {
        if (options.profile() == Profile.RESTRICTED) {
            throw new ApiError(
                    401,
                    "SoSecurityException",
                    "The EMail agent is not available in Online: access must be requested when the app is registered",
                    "SuperOffice.WebApi");
        }
        if (method.equals("GetCurrentAccountId")) {
            // The rep's mail account as configured in SuperOffice; the sandbox has one account.
            call.sendJson(200, 1);
            return;
        }
        if (!method.equals("Send")) throw ApiError.notFound("The EMail agent method '" + method + "' is not simulated");
        JsonNode emails = body(call).path("Emails");
        if (!emails.isArray() || emails.isEmpty()) throw ApiError.badRequest("Send needs a non-empty 'Emails' array");
        ArrayNode answer = json.createArrayNode();
        for (JsonNode email : emails) {
            SentMail mail = toMail(email);
            try {
                if (relay != null) relay.send(mail);
            } catch (MessagingException e) {
                throw new ApiError(
                        500,
                        "SoException",
                        "The mail server refused the mail: " + e.getMessage(),
                        "SuperOffice.Services.Implementation");
            }
            sentMails.add(new SentMail(
                    mail.from(), mail.to(), mail.subject(), mail.plainBody(), mail.htmlBody(), relay != null));
            ObjectNode sent = ((ObjectNode) email).deepCopy();
            sent.put("IsSent", true);
            sent.put("Sent", DateText.format(LocalDateTime.now(options.clock().withZone(ZoneOffset.UTC))));
            answer.add(sent);
        }
        call.sendJson(200, answer);
    }

    private SentMail toMail(JsonNode email) {
        List<String> to = new ArrayList<>();
        email.path("To").forEach(address -> to.add(address.path("Address").asText()));
        String from = email.path("From").path("Address").asText();
        if (to.isEmpty() || to.stream().anyMatch(String::isBlank) || from.isBlank()) {
            throw ApiError.badRequest("Each EMailEntity needs From.Address and at least one To[].Address");
        }
        return new SentMail(
                from,
                to,
                email.path("Subject").asText(""),
                email.path("PlainBody").asText(""),
                email.path("HTMLBody").asText(""),
                false);
    }

    private void crmScript(HttpCall call) throws IOException {
        if (options.profile() == Profile.RESTRICTED) {
            throw new ApiError(
                    403,
                    "SoSecurityException",
                    "The CRMScript agent is not available in Online: access must be requested when the app is registered",
                    "SuperOffice.WebApi");
        }
        if (call.path().endsWith("/CreateDefaultCRMScriptEntity")) {
            call.sendJson(200, blankScript());
            return;
        }
        body(call);
        // The sandbox cannot run CRMScript; a granted call answers what a script without output prints.
        call.sendJson(200, "");
    }

    private ObjectNode blankScript() {
        ObjectNode script = json.createObjectNode();
        script.put("EjscriptId", 0);
        script.put("UniqueIdentifier", "");
        script.put("Name", "");
        script.put("Description", "");
        script.put("IncludeId", "");
        script.put("HierarchyId", 0);
        script.put("Source", "");
        script.put(
                "Registered", DateText.format(LocalDateTime.now(options.clock().withZone(ZoneOffset.UTC))));
        script.put("RegisteredAssociateId", 0);
        script.put("Updated", Carriers.NO_DATE);
        script.put("UpdatedAssociateId", 0);
        return script;
    }

    private JsonNode body(HttpCall call) throws IOException {
        byte[] bytes = call.body();
        if (bytes.length == 0) throw ApiError.badRequest("The request needs a JSON body");
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw ApiError.badRequest("The request body is not valid JSON");
        }
    }

    private static int id(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiError.notFound("Id '" + text + "' is out of range");
        }
    }
}
