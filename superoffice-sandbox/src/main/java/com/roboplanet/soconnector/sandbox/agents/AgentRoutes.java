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
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The agent routes of the tenant API: the Quote agent, the EMail agent (refused in the restricted profile; in the full
 * one it relays to SMTP when a host is set and archives every mail it sends as a document with the Email template, the
 * request's Message-ID in its bytes, and answers the document in {@code EMailSOInfo}) and CRMScript (refused in the
 * restricted profile; the sandbox cannot run scripts).
 */
public final class AgentRoutes {
    private final ObjectMapper json;
    private final SandboxOptions options;
    private final QuoteAgent quotes;
    private final MailRelay relay;
    private final MailArchiver archiver;
    private final List<SentMail> sentMails = new CopyOnWriteArrayList<>();

    /** Archives a mail the agent sent as a document of the tenant, as SuperOffice's mail archives sent items. */
    @FunctionalInterface
    public interface MailArchiver {
        /**
         * @param email the EMailEntity as sent
         * @param eml the mail's bytes, with its Message-ID
         * @return the document id
         */
        int archive(JsonNode email, byte[] eml);
    }

    /**
     * Agents over {@code tenant}; mails go to {@link SandboxOptions#smtpHost()} when one is set, and each mail the EMail
     * agent sends is archived through {@code archiver}.
     */
    public AgentRoutes(ObjectMapper json, SandboxOptions options, Tenant tenant, MailArchiver archiver) {
        this.json = json;
        this.options = options;
        this.quotes = new QuoteAgent(new Carriers(json, tenant.customers()), tenant.sales());
        this.relay = new MailRelay(options.smtpHost(), options.smtpPort());
        this.archiver = archiver;
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
            byte[] eml;
            try {
                eml = relay.render(mail);
                if (relay.relays()) relay.send(mail);
            } catch (MessagingException e) {
                throw new ApiError(
                        500,
                        "SoException",
                        "The mail server refused the mail: " + e.getMessage(),
                        "SuperOffice.Services.Implementation");
            }
            int documentId = archiver.archive(email, eml);
            sentMails.add(new SentMail(
                    mail.from(),
                    mail.to(),
                    mail.subject(),
                    mail.plainBody(),
                    mail.htmlBody(),
                    relay.relays(),
                    mail.messageId(),
                    documentId));
            ObjectNode sent = ((ObjectNode) email).deepCopy();
            sent.put("IsSent", true);
            sent.put("MessageID", mail.messageId());
            sent.put("Sent", DateText.format(LocalDateTime.now(options.clock().withZone(ZoneOffset.UTC))));
            ObjectNode info = sent.with("EMailSOInfo");
            info.put("DocumentId", documentId);
            info.put("Archived", true);
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
        String messageId = email.path("MessageID").asText("").strip();
        return new SentMail(
                from,
                to,
                email.path("Subject").asText(""),
                email.path("PlainBody").asText(""),
                email.path("HTMLBody").asText(""),
                false,
                messageId.isEmpty() ? "<" + UUID.randomUUID() + "@sandbox.invalid>" : messageId,
                0);
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
