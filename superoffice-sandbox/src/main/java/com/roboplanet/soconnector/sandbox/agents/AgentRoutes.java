package com.roboplanet.soconnector.sandbox.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.sandbox.Profile;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SentMail;
import com.roboplanet.soconnector.sandbox.entities.Carriers;
import com.roboplanet.soconnector.sandbox.entities.Tenant;
import com.roboplanet.soconnector.sandbox.http.ApiError;
import com.roboplanet.soconnector.sandbox.http.DateText;
import com.roboplanet.soconnector.sandbox.http.HttpCall;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The agent routes of the tenant API: the Quote agent, the EMail agent (refused in the restricted profile, relaying to
 * SMTP in the full one) and CRMScript (refused in the restricted profile; the sandbox cannot run scripts).
 */
public final class AgentRoutes {
    private final ObjectMapper json;
    private final SandboxOptions options;
    private final QuoteAgent quotes;
    private final MailRelay relay;
    private final List<SentMail> sentMails = new CopyOnWriteArrayList<>();

    /** Agents over {@code tenant}; mails go to {@link SandboxOptions#smtpHost()} when one is set. */
    public AgentRoutes(ObjectMapper json, SandboxOptions options, Tenant tenant) {
        this.json = json;
        this.options = options;
        this.quotes = new QuoteAgent(new Carriers(json, tenant.customers()), tenant.sales());
        this.relay = options.smtpHost() == null ? null : new MailRelay(options.smtpHost(), options.smtpPort());
    }

    /** The mails the EMail agent accepted so far, oldest first. */
    public List<SentMail> sentMails() {
        return List.copyOf(sentMails);
    }

    /**
     * Answers one agent route.
     *
     * @param route the route name, such as {@code POST Agents/Quote/{method}}
     * @param s the path segments after {@code v1/}
     */
    public void handle(HttpCall call, String route, String[] s) throws IOException {
        switch (route) {
            case "POST Agents/Quote/{method}" -> call.sendJson(200, quotes.call(s[2], call.jsonBody()));
            case "POST Agents/EMail/{method}" -> email(call, s[2]);
            case "POST Agents/CRMScript/{method}", "POST CRMScript/{id}/Execute" -> crmScript(call);
            default -> throw new IllegalStateException("route without handler: " + route);
        }
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
        JsonNode emails = call.jsonBody().path("Emails");
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
        call.jsonBody();
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
        script.put("Updated", DateText.NO_DATE);
        script.put("UpdatedAssociateId", 0);
        return script;
    }
}
