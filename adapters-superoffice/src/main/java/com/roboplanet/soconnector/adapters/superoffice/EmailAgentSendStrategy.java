package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.port.out.PreparedMail;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SuperOffice's own mail service: {@code POST Agents/EMail/Send} with the rep as sender and the recipient's person
 * and contact on the address, so that SuperOffice links the mail. The agent is Online-restricted: without a grant
 * at app registration it answers 401 or 403, which is "not granted", not an error.
 */
final class EmailAgentSendStrategy implements SendStrategy {
    static final String NAME = "email-agent";
    static final String NOT_GRANTED_FIX =
            "ask SuperOffice to grant the EMail agent to this app (it is Online-restricted"
                    + " and must be requested when the app is registered), or use smtp-relay or activity-handoff";

    private final SuperOfficeApi api;

    EmailAgentSendStrategy(SuperOfficeApi api) {
        this.api = api;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe(OutboundEmail email) {
        return "SuperOffice's EMail agent (POST Agents/EMail/Send) sends it from "
                + email.rep().email() + " through the rep's SuperOffice mail account";
    }

    /** The Message-ID is planned ({@code <key@rep-domain>}) and sent as {@code MessageID}; SuperOffice renders the bytes. */
    @Override
    public PreparedMail prepare(OutboundEmail email, IdempotencyKey key) {
        return new PreparedMail(email, key, messageId(email, key), null);
    }

    static String messageId(OutboundEmail email, IdempotencyKey key) {
        return "<" + key + "@" + email.rep().email().domain() + ">";
    }

    @Override
    public SendOutcome send(PreparedMail mail) {
        OutboundEmail email = mail.email();
        String messageId = mail.messageIdIfPlanned().orElseGet(() -> messageId(email, mail.key()));
        JsonNode answer;
        try {
            answer = api.sendEmails(Map.of("Emails", List.of(entity(email, messageId))));
        } catch (SuperOfficeApiException e) {
            return SendFailures.outcome(e, "the EMail agent", NOT_GRANTED_FIX);
        }
        JsonNode sent = answer.path(0);
        String id = sent.path("MessageID").asText("").strip();
        long documentId = sent.path("EMailSOInfo").path("DocumentId").asLong(0);
        return new SendOutcome.Sent(id.isEmpty() ? messageId : id, null, documentId > 0 ? documentId : null);
    }

    private static Map<String, Object> entity(OutboundEmail email, String messageId) {
        Map<String, Object> to = new LinkedHashMap<>();
        to.put("Address", email.recipient().email().value());
        to.put("Name", email.recipient().name());
        to.put("PersonId", email.recipient().personId());
        to.put("ContactId", email.contactId());
        Map<String, Object> from = new LinkedHashMap<>();
        from.put("Address", email.rep().email().value());
        from.put("Name", email.rep().name());
        from.put("AssociateId", email.rep().associateId());
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("To", List.of(to));
        entity.put("From", from);
        entity.put("Subject", email.subject());
        entity.put("PlainBody", email.textBody());
        email.htmlBodyIfAny().ifPresent(html -> entity.put("HTMLBody", html));
        entity.put("MessageID", messageId);
        email.saleIdIfAny().ifPresent(saleId -> entity.put("EMailSOInfo", Map.of("SaleId", saleId)));
        return entity;
    }
}
