package com.roboplanet.soconnector.sandbox.entities;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.StoredAppointment;
import com.roboplanet.soconnector.sandbox.StoredDocument;
import com.roboplanet.soconnector.sandbox.http.ApiError;
import com.roboplanet.soconnector.sandbox.http.HttpCall;
import java.io.IOException;
import java.util.List;

/**
 * The entity routes of the tenant API: sales, contacts and persons by id, the lists, documents and appointments (with
 * their blank defaults), and the current principal.
 */
public final class EntityRoutes {
    private final SandboxOptions options;
    private final Tenant tenant;
    private final String contextIdentifier;
    private final Entities entities;
    private final Lists lists;
    private final Workspace workspace;

    /** Routes over {@code tenant} for the tenant {@code contextIdentifier} ({@code Cust12345}). */
    public EntityRoutes(ObjectMapper json, SandboxOptions options, Tenant tenant, String contextIdentifier) {
        this.options = options;
        this.tenant = tenant;
        this.contextIdentifier = contextIdentifier;
        Carriers carriers = new Carriers(json, tenant.customers());
        this.entities = new Entities(carriers);
        this.lists = new Lists(carriers);
        this.workspace = new Workspace(carriers, lists, options.clock());
    }

    /** The documents created so far, by id. */
    public List<StoredDocument> storedDocuments() {
        return workspace.storedDocuments();
    }

    /** Archives a mail the EMail agent sent (see {@code AgentRoutes.MailArchiver}); @return the document id */
    public int archiveAgentMail(com.fasterxml.jackson.databind.JsonNode email, byte[] eml) {
        return workspace.archiveAgentMail(email, eml);
    }

    /** The appointments created so far, by id. */
    public List<StoredAppointment> storedAppointments() {
        return workspace.storedAppointments();
    }

    /**
     * Answers one entity route.
     *
     * @param route the route name, such as {@code GET Sale/{id}}
     * @param s the path segments after {@code v1/}
     */
    public void handle(HttpCall call, String route, String[] s) throws IOException {
        switch (route) {
            case "GET Sale/{id}" -> call.sendJson(200, entities.sale(sale(id(s[1]))));
            case "GET Contact/{id}" ->
                call.sendJson(
                        200,
                        entities.contact(tenant.customers()
                                .customer(id(s[1]))
                                .orElseThrow(() -> ApiError.notFound("Contact id " + s[1] + " not found"))));
            case "GET Document/default" -> call.sendJson(200, workspace.defaultDocument(options.profile()));
            case "GET Appointment/default" -> call.sendJson(200, workspace.defaultAppointment(options.profile()));
            case "GET Person/{id}" ->
                call.sendJson(
                        200,
                        entities.person(tenant.customers()
                                .person(id(s[1]))
                                .orElseThrow(() -> ApiError.notFound("Person id " + s[1] + " not found"))));
            case "GET List/ProductFamily/Items" -> call.sendJson(200, lists.productFamilies(call.listLanguage()));
            case "GET List/Task/Items" -> call.sendJson(200, lists.tasks());
            case "GET List/DocumentTemplate/Items" -> call.sendJson(200, lists.documentTemplates());
            case "POST Document" -> call.sendJson(200, workspace.createDocument(call.jsonBody()));
            case "GET Document/{id}" -> call.sendJson(200, workspace.document(id(s[1])));
            case "PUT Document/{id}/Content" -> call.sendJson(200, workspace.putContent(id(s[1]), call.body()));
            case "GET Document/{id}/Content" -> call.send(200, "application/octet-stream", workspace.content(id(s[1])));
            case "POST Appointment" -> call.sendJson(200, workspace.createAppointment(call.jsonBody()));
            case "GET Appointment/{id}" -> call.sendJson(200, workspace.appointment(id(s[1])));
            case "GET User/currentPrincipal" ->
                call.sendJson(200, entities.principal(options.profile(), contextIdentifier));
            default -> throw new IllegalStateException("route without handler: " + route);
        }
    }

    private SaleRow sale(int saleId) {
        return tenant.sales().indexOf(saleId).stream()
                .mapToObj(tenant.sales()::at)
                .findFirst()
                .orElseThrow(() -> ApiError.notFound("Sale id " + saleId + " not found"));
    }

    private static int id(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiError.notFound("Id '" + text + "' is out of range");
        }
    }
}
