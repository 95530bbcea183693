package com.roboplanet.soconnector.sandbox.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.sandbox.Profile;
import com.roboplanet.soconnector.sandbox.StoredAppointment;
import com.roboplanet.soconnector.sandbox.StoredDocument;
import com.roboplanet.soconnector.sandbox.http.ApiError;
import com.roboplanet.soconnector.sandbox.http.DateText;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Documents and appointments created through the API, kept in memory for the run. Thread-safe. */
final class Workspace {
    private final Carriers carriers;
    private final Lists lists;
    private final Clock clock;
    private final Map<Integer, ObjectNode> documents = new TreeMap<>();
    private final Map<Integer, byte[]> contents = new TreeMap<>();
    private final Map<Integer, ObjectNode> appointments = new TreeMap<>();
    private int nextDocumentId = 1001;
    private int nextAppointmentId = 5001;

    Workspace(Carriers carriers, Lists lists, Clock clock) {
        this.carriers = carriers;
        this.lists = lists;
        this.clock = clock;
    }

    synchronized ObjectNode createDocument(JsonNode body) {
        ObjectNode entity = requireObject(body, "DocumentEntity");
        int templateId =
                entity.path("DocumentTemplate").path("DocumentTemplateId").asInt(0);
        int id = nextDocumentId++;
        String now = DateText.format(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        entity.put("DocumentId", id);
        entity.put("Name", uniqueName(text(entity, "Name", "document-" + id)));
        entity.put("Header", text(entity, "Header", ""));
        entity.put("CreatedDate", now);
        entity.put("UpdatedDate", now);
        entity.put("Date", text(entity, "Date", now));
        entity.put("Type", text(entity, "Type", "Document"));
        entity.put("Completed", text(entity, "Completed", "NotStarted"));
        if (templateId != 0) {
            String[] template = Arrays.stream(Lists.TEMPLATES)
                    .filter(t -> Integer.parseInt(t[0]) == templateId)
                    .findFirst()
                    .orElseThrow(() -> new ApiError(
                            400,
                            "SoIllegalArgumentException",
                            "DocumentTemplate.DocumentTemplateId " + templateId + " does not exist",
                            "SuperOffice.Services.Implementation"));
            entity.set("DocumentTemplate", lists.documentTemplateCarrier(template));
        }
        if (!entity.has("TableRight")) carriers.rights(entity, "Update");
        documents.put(id, entity);
        contents.put(id, new byte[0]);
        return entity.deepCopy();
    }

    private String uniqueName(String wanted) {
        String name = wanted;
        int dot = wanted.lastIndexOf('.');
        for (int n = 1; nameTaken(name); n++) {
            name = dot < 0
                    ? wanted + " (" + n + ")"
                    : wanted.substring(0, dot) + " (" + n + ")" + wanted.substring(dot);
        }
        return name;
    }

    private boolean nameTaken(String name) {
        return documents.values().stream().anyMatch(d -> d.path("Name").asText().equalsIgnoreCase(name));
    }

    /**
     * {@code GET Document/default}: a blank entity whose {@code TableRight} tells what the user may do with documents.
     * Both profiles may create them (the first team could archive .somail files with a system user).
     */
    ObjectNode defaultDocument(Profile profile) {
        ObjectNode entity = blank(profile);
        entity.put("DocumentId", 0);
        entity.put("Header", "");
        entity.put("Name", "");
        entity.put("Type", "Document");
        entity.put("Date", DateText.format(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))));
        entity.putNull("DocumentTemplate");
        return rights(entity, profile);
    }

    /** {@code GET Appointment/default}: a blank entity with the user's table rights on appointments. */
    ObjectNode defaultAppointment(Profile profile) {
        ObjectNode entity = blank(profile);
        entity.put("AppointmentId", 0);
        entity.put("Type", "inDiary");
        entity.put("Completed", "NotStarted");
        entity.put("Private", "Public");
        entity.set("Task", lists.task(1));
        return rights(entity, profile);
    }

    private ObjectNode blank(Profile profile) {
        ObjectNode entity = carriers.object();
        entity.put("Description", "");
        entity.putNull("Contact");
        entity.putNull("Person");
        entity.putNull("Sale");
        entity.set("Associate", profile == Profile.FULL ? carriers.associate(1) : null);
        return entity;
    }

    private ObjectNode rights(ObjectNode entity, Profile profile) {
        // A system user bypasses Sentry (FULL); a granted sales user may select, update, insert and delete.
        carriers.rights(entity, profile == Profile.FULL ? "Select, Update, Insert, Delete" : "FULL");
        return entity;
    }

    synchronized ObjectNode document(int id) {
        ObjectNode entity = documents.get(id);
        if (entity == null) throw ApiError.notFound("Document id " + id + " not found");
        return entity.deepCopy();
    }

    synchronized ObjectNode putContent(int id, byte[] bytes) {
        ObjectNode entity = documents.get(id);
        if (entity == null) throw ApiError.notFound("Document id " + id + " not found");
        contents.put(id, bytes.clone());
        entity.put("UpdatedDate", DateText.format(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))));
        return entity.deepCopy();
    }

    synchronized byte[] content(int id) {
        byte[] bytes = contents.get(id);
        if (bytes == null) throw ApiError.notFound("Document id " + id + " not found");
        return bytes.clone();
    }

    /**
     * The EMail agent's archive of a mail it sent: a document with the Email template, linked to the first recipient's
     * person and company, the sender's associate and the sale of {@code EMailSOInfo}, holding the mail's bytes.
     */
    synchronized int archiveAgentMail(JsonNode email, byte[] eml) {
        JsonNode to = email.path("To").path(0);
        ObjectNode document = carriers.object();
        document.put("Header", email.path("Subject").asText(""));
        document.put("Name", "e-mail.eml");
        document.set("DocumentTemplate", carriers.object().put("DocumentTemplateId", EMAIL_TEMPLATE));
        document.set(
                "Contact",
                carriers.object().put("ContactId", to.path("ContactId").asInt(0)));
        document.set(
                "Person", carriers.object().put("PersonId", to.path("PersonId").asInt(0)));
        document.set(
                "Associate",
                carriers.object()
                        .put(
                                "AssociateId",
                                email.path("From").path("AssociateId").asInt(0)));
        document.set(
                "Sale",
                carriers.object()
                        .put("SaleId", email.path("EMailSOInfo").path("SaleId").asInt(0)));
        int id = createDocument(document).path("DocumentId").asInt();
        contents.put(id, eml.clone());
        return id;
    }

    /** The Email template of {@link Lists#TEMPLATES}. */
    private static final int EMAIL_TEMPLATE = 3;

    synchronized ObjectNode createAppointment(JsonNode body) {
        ObjectNode entity = requireObject(body, "AppointmentEntity");
        int taskId = entity.path("Task").path("TaskListItemId").asInt(0);
        if (entity.has("Task") && !entity.get("Task").isNull() && !Lists.taskExists(taskId)) {
            throw ApiError.badRequest(
                    "Task.TaskListItemId " + taskId + " is not in the Task list (use TaskListItemId)");
        }
        int id = nextAppointmentId++;
        String now = DateText.format(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        entity.put("AppointmentId", id);
        entity.put("CreatedDate", now);
        entity.put("UpdatedDate", now);
        entity.put("StartDate", text(entity, "StartDate", now));
        entity.put("EndDate", text(entity, "EndDate", entity.get("StartDate").asText()));
        entity.put("ActiveDate", entity.get("StartDate").asText());
        entity.put("Type", text(entity, "Type", "inDiary"));
        entity.put("Completed", text(entity, "Completed", "NotStarted"));
        entity.put("Private", text(entity, "Private", "Public"));
        entity.put("Description", text(entity, "Description", ""));
        entity.set("Task", lists.task(Lists.taskExists(taskId) ? taskId : 1));
        if (!entity.has("Associate") || entity.get("Associate").isNull())
            entity.set("Associate", carriers.associate(1));
        entity.put("AlarmLeadTime", "00:00:00");
        if (!entity.has("TableRight")) carriers.rights(entity, "Update");
        appointments.put(id, entity);
        return entity.deepCopy();
    }

    synchronized ObjectNode appointment(int id) {
        ObjectNode entity = appointments.get(id);
        if (entity == null) throw ApiError.notFound("Appointment id " + id + " not found");
        return entity.deepCopy();
    }

    synchronized List<StoredDocument> storedDocuments() {
        List<StoredDocument> result = new ArrayList<>();
        documents.forEach((id, d) -> result.add(new StoredDocument(
                id,
                d.path("Header").asText(),
                d.path("Name").asText(),
                d.path("DocumentTemplate").path("DocumentTemplateId").asInt(0),
                d.path("Contact").path("ContactId").asInt(0),
                d.path("Person").path("PersonId").asInt(0),
                d.path("Sale").path("SaleId").asInt(0),
                d.path("Associate").path("AssociateId").asInt(0),
                contents.get(id))));
        return result;
    }

    synchronized List<StoredAppointment> storedAppointments() {
        List<StoredAppointment> result = new ArrayList<>();
        appointments.forEach((id, a) -> result.add(new StoredAppointment(
                id,
                a.path("Task").path("TaskListItemId").asInt(0),
                a.path("Associate").path("AssociateId").asInt(0),
                a.path("Contact").path("ContactId").asInt(0),
                a.path("Person").path("PersonId").asInt(0),
                a.path("Sale").path("SaleId").asInt(0),
                a.path("Type").asText(),
                a.path("Description").asText(),
                a.path("StartDate").asText(),
                a.path("EndDate").asText())));
        return result;
    }

    private static ObjectNode requireObject(JsonNode body, String what) {
        if (body == null || !body.isObject())
            throw ApiError.badRequest("The request body must be a " + what + " object");
        return ((ObjectNode) body).deepCopy();
    }

    private static String text(ObjectNode entity, String field, String fallback) {
        JsonNode value = entity.get(field);
        return value == null || value.isNull() || value.asText().isEmpty() ? fallback : value.asText();
    }
}
