package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds, once per connection, the document template archived mails get and the task hand-offs get: the configured
 * ids when given (checked against the tenant's lists, so that a typo fails before a mail is sent), else the first
 * suitable list item.
 */
final class MailTargets {
    private final SuperOfficeApi api;
    private final SuperOfficeMailSettings settings;
    private Long templateId;
    private Long taskId;

    MailTargets(SuperOfficeApi api, SuperOfficeMailSettings settings) {
        this.api = api;
        this.settings = settings;
    }

    /**
     * @throws TargetException when the configured template is not in the list, or the list has no Email template
     */
    synchronized long documentTemplateId() {
        if (templateId == null) {
            templateId = findTemplate(api.documentTemplates());
        }
        return templateId;
    }

    /** @throws TargetException when the configured task is not in the list, or no Email or ToDo task exists */
    synchronized long taskListItemId() {
        if (taskId == null) {
            taskId = findTask(api.taskListItems());
        }
        return taskId;
    }

    private long findTemplate(JsonNode templates) {
        if (settings.documentTemplateId() != null) {
            long wanted = settings.documentTemplateId();
            return requireActive(
                    templates,
                    "DocumentTemplateId",
                    wanted,
                    "SO_MAIL_TEMPLATE_ID " + wanted
                            + " is not an active document template in List/DocumentTemplate; remove the setting to"
                            + " use the first Email template, or pick an id from that list");
        }
        return first(templates, "DocumentTemplateId", "RecordType", "Email")
                .orElseThrow(() -> new TargetException("List/DocumentTemplate has no active template with record type"
                        + " Email; an administrator can add one (Settings and maintenance > Lists > Document"
                        + " templates), or set SO_MAIL_TEMPLATE_ID"));
    }

    private long findTask(JsonNode tasks) {
        if (settings.taskListItemId() != null) {
            long wanted = settings.taskListItemId();
            return requireActive(
                    tasks,
                    "TaskListItemId",
                    wanted,
                    "SO_HANDOFF_TASK_ID " + wanted
                            + " is not an active task in List/Task; remove the setting or pick an id from that list");
        }
        return first(tasks, "TaskListItemId", "Type", "Email")
                .or(() -> first(tasks, "TaskListItemId", "Type", "ToDo"))
                .orElseThrow(() -> new TargetException(
                        "List/Task has no active task of type Email or ToDo; set SO_HANDOFF_TASK_ID"));
    }

    /** A configured id, checked against the list so that a typo fails before a mail is sent. */
    private static long requireActive(JsonNode items, String idField, long wanted, String problem) {
        for (JsonNode item : items) {
            if (item.path(idField).asLong() == wanted && !item.path("Deleted").asBoolean(false)) {
                return wanted;
            }
        }
        throw new TargetException(problem);
    }

    /** The first active item of the type, preferring outgoing ones (a mail the rep sends is outgoing). */
    private static Optional<Long> first(JsonNode items, String idField, String typeField, String type) {
        Long any = null;
        for (JsonNode item : items) {
            if (item.path("Deleted").asBoolean(false)
                    || !item.path(typeField).asText("").equalsIgnoreCase(type)) {
                continue;
            }
            long id = item.path(idField).asLong(0);
            if (id <= 0) continue;
            if (item.path("Direction").asText("").toLowerCase(Locale.ROOT).equals("outgoing")) {
                return Optional.of(id);
            }
            if (any == null) any = id;
        }
        return Optional.ofNullable(any);
    }

    /** The tenant's lists do not offer what the configuration or the mail needs. */
    static final class TargetException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TargetException(String message) {
            super(message);
        }
    }
}
