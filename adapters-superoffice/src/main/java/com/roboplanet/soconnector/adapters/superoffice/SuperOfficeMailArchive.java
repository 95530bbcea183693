package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.MailArchiveException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Archives a sent mail as a SuperOffice document: {@code POST Document} with the Email template, linked to contact,
 * person, rep and sale, then {@code PUT Document/{id}/Content} with the exact .eml bytes.
 *
 * <p>Idempotent per Message-ID: the file name is derived from it, and an existing document of that name is reused
 * (its content is put again, which also finishes a run that died between the two calls). The Document archive has
 * no column for {@code ExternalRef}, hence the name.
 */
final class SuperOfficeMailArchive implements MailArchive {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    /** The document table's {@code header} column holds 219 characters. */
    private static final int MAX_HEADER = 219;

    private final SuperOfficeApi api;
    private final MailTargets targets;
    private final Clock clock;

    SuperOfficeMailArchive(SuperOfficeApi api, MailTargets targets, Clock clock) {
        this.api = api;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public long archive(OutboundEmail email, String messageId, byte[] eml) {
        String name = fileName(messageId);
        try {
            long documentId = existing(name).orElseGet(() -> create(email, messageId, name));
            // octet-stream is on every list of types the Content route accepts; the .eml name says what it is.
            api.putDocumentContent(documentId, eml, "application/octet-stream");
            return documentId;
        } catch (SuperOfficeApiException | MailTargets.TargetException e) {
            throw new MailArchiveException("archiving " + messageId + " in SuperOffice failed: " + e.getMessage(), e);
        }
    }

    /** {@code mail-} and 24 hex digits of the Message-ID's SHA-256: stable, short, and safe as a file name. */
    static String fileName(String messageId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return "mail-" + HexFormat.of().formatHex(hash, 0, 12) + ".eml";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    private OptionalLong existing(String name) {
        // 'begins' because the server may amend a file name, e.g. with a counter.
        ArchiveQuery query = new ArchiveQuery(
                List.of("documentId", "name"),
                "name begins '" + name.replace(".eml", "") + "'",
                "documentId asc",
                5,
                0);
        for (JsonNode row : api.findDocuments(query).rows()) {
            long id = row.path("PrimaryKey").asLong(0);
            if (id > 0) {
                return OptionalLong.of(id);
            }
        }
        return OptionalLong.empty();
    }

    private long create(OutboundEmail email, String messageId, String name) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Header", header(email.subject()));
        document.put("Name", name);
        document.put(
                "Description",
                "E-mail to " + email.recipient().name() + " <"
                        + email.recipient().email() + "> sent on behalf of "
                        + email.rep().name() + " <" + email.rep().email() + ">, Message-ID " + messageId
                        + "; archived by so-connector");
        document.put("DocumentTemplate", Map.of("DocumentTemplateId", targets.documentTemplateId()));
        document.put("Contact", Map.of("ContactId", email.contactId()));
        document.put("Person", Map.of("PersonId", email.recipient().personId()));
        document.put("Associate", Map.of("AssociateId", email.rep().associateId()));
        email.saleIdIfAny().ifPresent(saleId -> document.put("Sale", Map.of("SaleId", saleId)));
        document.put(
                "Date", LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(DATE));
        JsonNode saved = api.createDocument(document);
        long id = saved.path("DocumentId").asLong(0);
        if (id <= 0) {
            throw SuperOfficeApiException.of(
                    SuperOfficeApiException.Failure.BAD_RESPONSE,
                    "POST v1/Document",
                    "SuperOffice answered POST v1/Document without a DocumentId",
                    null);
        }
        return id;
    }

    private static String header(String subject) {
        if (subject.length() <= MAX_HEADER) {
            return subject;
        }
        int end = MAX_HEADER - 1;
        if (Character.isHighSurrogate(subject.charAt(end - 1))) {
            end--;
        }
        return subject.substring(0, end) + "…";
    }
}
