package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.domain.model.SendStrategyName;
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What SuperOffice shows of an interrupted send, asked read-only:
 *
 * <ul>
 *   <li>{@code activity-handoff}: the rep's tasks linked to the person (and sale) whose text carries the mail's key
 *       ({@code GET Appointment}, the FindAppointment archive, {@code text contains 'key ...'}). The key is in every
 *       hand-off task's first line, so the lookup is exact: a task found was created by this mail, none found means
 *       none was created.
 *   <li>{@code email-agent}: documents linked to the person with the mail's subject ({@code GET Document}) whose bytes
 *       ({@code GET Document/{id}/Content}) carry the planned Message-ID: found means the agent sent and archived it.
 *       None found proves nothing (the agent may send without archiving), so that is "cannot tell".
 *   <li>anything else (the SMTP relay): nothing in SuperOffice shows it; "cannot tell".
 * </ul>
 *
 * A failure to ask is "cannot tell" with the reason, never an exception: the caller then asks a person.
 */
final class SuperOfficeDeliveryCheck implements DeliveryCheck {
    /** More candidates than this means the tenant ignored the filter; reading them all would prove nothing more. */
    private static final int CANDIDATES = 20;

    private final SuperOfficeApi api;

    SuperOfficeDeliveryCheck(SuperOfficeApi api) {
        this.api = api;
    }

    @Override
    public Finding check(JournalEntry interrupted) {
        Optional<SendStrategyName> strategy = SendStrategyName.byConfigName(interrupted.strategy());
        if (strategy.isEmpty() || strategy.get() == SendStrategyName.SMTP_RELAY) {
            return new Finding.CannotTell(
                    "nothing in SuperOffice shows whether " + interrupted.strategy() + " delivered it");
        }
        try {
            return switch (strategy.get()) {
                case ACTIVITY_HANDOFF -> task(interrupted);
                case EMAIL_AGENT -> archivedMail(interrupted);
                case SMTP_RELAY -> throw new IllegalStateException("handled above");
            };
        } catch (SuperOfficeApiException e) {
            return new Finding.CannotTell("SuperOffice could not be asked (" + e.getMessage() + ")");
        }
    }

    private Finding task(JournalEntry entry) {
        String mark = ActivityHandoffSendStrategy.keyMark(entry.key());
        List<String> terms = new ArrayList<>();
        terms.add("associateId associateIsOneOf (" + entry.email().rep().associateId() + ")");
        terms.add("personId equals " + entry.email().recipient().personId());
        entry.email().saleIdIfAny().ifPresent(sale -> terms.add("saleId eq " + sale));
        terms.add("text contains '" + mark + "'");
        ArchiveQuery query = new ArchiveQuery(
                List.of("appointmentId", "text", "personId", "saleId"),
                String.join(" and ", terms),
                "appointmentId asc",
                CANDIDATES,
                0);
        List<JsonNode> rows = api.findAppointments(query).rows();
        String whose = "task of associate " + entry.email().rep().associateId() + " for person "
                + entry.email().recipient().personId();
        for (JsonNode row : rows) {
            long id = row.path("PrimaryKey").asLong(0);
            if (id > 0 && row.path("text").asText("").contains(mark)) {
                return new Finding.Delivered(id, null, "task " + id + " in SuperOffice carries " + mark);
            }
        }
        if (rows.isEmpty()) {
            return new Finding.NotDelivered(
                    "no " + whose + " in SuperOffice carries " + mark + ", so no task was created");
        }
        return new Finding.CannotTell("SuperOffice answered " + rows.size() + " tasks of which none carries " + mark
                + ": it did not apply the filter, so the answer proves nothing");
    }

    private Finding archivedMail(JournalEntry entry) {
        if (entry.messageId() == null) {
            return new Finding.CannotTell("the EMail agent's Message-ID was not planned, so nothing can be matched");
        }
        ArchiveQuery query = new ArchiveQuery(
                List.of("documentId", "subject", "personId"),
                "personId equals " + entry.email().recipient().personId() + " and subject is '"
                        + quoted(entry.email().subject()) + "'",
                "documentId desc",
                CANDIDATES,
                0);
        String header = "message-id: " + entry.messageId().toLowerCase(Locale.ROOT);
        for (JsonNode row : api.findDocuments(query).rows()) {
            long id = row.path("PrimaryKey").asLong(0);
            if (id > 0 && headers(api.documentContent(id)).contains(header)) {
                return new Finding.Delivered(
                        null, id, "document " + id + " in SuperOffice holds Message-ID " + entry.messageId());
            }
        }
        return new Finding.CannotTell("no document in SuperOffice holds Message-ID " + entry.messageId()
                + " (the EMail agent may have sent it without archiving it)");
    }

    /** The header section of a mail, lower case, folded lines joined: where its Message-ID is. */
    private static String headers(byte[] eml) {
        String text = new String(eml, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        return head.replace("\r\n ", " ").replace("\r\n\t", " ").toLowerCase(Locale.ROOT);
    }

    /** A string literal of SuperOffice's archive filter: a quote is escaped with a backslash (API §2.3). */
    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("'", "\\'");
    }
}
