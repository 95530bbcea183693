package com.roboplanet.soconnector.sandbox.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SentMail;
import com.roboplanet.soconnector.sandbox.StoredAppointment;
import com.roboplanet.soconnector.sandbox.StoredDocument;
import com.roboplanet.soconnector.sandbox.agents.AgentRoutes;
import com.roboplanet.soconnector.sandbox.archives.ArchiveRoutes;
import com.roboplanet.soconnector.sandbox.entities.EntityRoutes;
import com.roboplanet.soconnector.sandbox.entities.Tenant;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The tenant API routes under {@code /{ctx}/api/v1/}, after authentication and faults: the route table, and which
 * package answers each route (entities, archives or agents).
 */
public final class TenantRoutes {
    private final EntityRoutes entities;
    private final ArchiveRoutes archives;
    private final AgentRoutes agents;

    /** Routes over {@code tenant} for the tenant {@code contextIdentifier} ({@code Cust12345}). */
    public TenantRoutes(ObjectMapper json, SandboxOptions options, Tenant tenant, String contextIdentifier) {
        this.entities = new EntityRoutes(json, options, tenant, contextIdentifier);
        this.archives =
                new ArchiveRoutes(json, options, tenant, entities::storedDocuments, entities::storedAppointments);
        this.agents = new AgentRoutes(json, options, tenant, entities::archiveAgentMail);
    }

    /** The mails the EMail agent accepted so far, oldest first. */
    public List<SentMail> sentMails() {
        return agents.sentMails();
    }

    /** The documents created so far, by id. */
    public List<StoredDocument> storedDocuments() {
        return entities.storedDocuments();
    }

    /** The appointments created so far, by id. */
    public List<StoredAppointment> storedAppointments() {
        return entities.storedAppointments();
    }

    /** Every tenant API route the sandbox serves; the contract tests hold each one to SuperOffice's definitions. */
    public static final Set<String> ROUTES = Set.of(
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
            "GET Archive/ConfigurableArchiveQuoteLine",
            "GET Document",
            "GET Appointment",
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
            case "GET Sale",
                    "GET Archive/FindSale",
                    "GET Person",
                    "GET Archive/InternalUsers",
                    "GET Archive/ConfigurableArchiveQuoteLine",
                    "GET Document",
                    "GET Appointment",
                    "GET Product" -> archives.handle(call, route, apiBase, malformed);
            case "POST Agents/Quote/{method}",
                    "POST Agents/EMail/{method}",
                    "POST Agents/CRMScript/{method}",
                    "POST CRMScript/{id}/Execute" -> agents.handle(call, route, s);
            case "GET Sale/{id}",
                    "GET Contact/{id}",
                    "GET Person/{id}",
                    "GET List/ProductFamily/Items",
                    "GET List/Task/Items",
                    "GET List/DocumentTemplate/Items",
                    "POST Document",
                    "GET Document/{id}",
                    "PUT Document/{id}/Content",
                    "GET Document/{id}/Content",
                    "POST Appointment",
                    "GET Appointment/{id}",
                    "GET Document/default",
                    "GET Appointment/default",
                    "GET User/currentPrincipal" -> entities.handle(call, route, s);
            default -> throw new IllegalStateException("route without handler: " + route);
        }
    }
}
