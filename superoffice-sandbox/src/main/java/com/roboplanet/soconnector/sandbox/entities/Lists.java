package com.roboplanet.soconnector.sandbox.entities;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.sandbox.http.Language;

/** {@code List/{name}/Items}: bare arrays of ListItemEntity, TaskListItem or DocumentTemplateEntity. */
final class Lists {
    private static final String[][] TASKS = {
        {"Meeting (Internal)", "Appointment", "Unknown"},
        {"Meeting (External)", "Appointment", "Unknown"},
        {"Phone-Out", "Phone", "Outgoing"},
        {"Phone-In", "Phone", "Incoming"},
        {"Follow-up", "ToDo", "Outgoing"},
        {"Planning", "ToDo", "Unknown"},
        {"Visit", "Appointment", "Outgoing"},
        {"Lunch", "Appointment", "Unknown"},
        {"Proposal", "ToDo", "Outgoing"},
        {"Service", "Appointment", "Outgoing"},
        {"Private", "Appointment", "Unknown"},
        {"Other", "ToDo", "Unknown"}
    };

    /** Id, name, file name, record type, mime type. */
    static final String[][] TEMPLATES = {
        {
            "1",
            "Angebot",
            "angebot.docx",
            "Document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        },
        {
            "2",
            "Brief",
            "brief.docx",
            "Document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        },
        {"3", "E-Mail an Kunden", "kunden-mail.somail", "Email", "message/rfc822"},
        {"4", "Produktreport", "produktreport.csv", "Document", "text/csv"}
    };

    private final Carriers carriers;

    Lists(Carriers carriers) {
        this.carriers = carriers;
    }

    ArrayNode productFamilies(Language language) {
        ArrayNode items = carriers.object().arrayNode();
        for (ListItem family : Catalog.FAMILIES) {
            ObjectNode item = items.addObject();
            item.put("Id", family.id());
            item.put("Name", family.display(language));
            item.put("Tooltip", "");
            item.put("Deleted", false);
            item.put("UdListDefinitionId", 0);
            item.put("Rank", family.id());
            carriers.rights(item, "Delete");
        }
        return items;
    }

    ArrayNode tasks() {
        ArrayNode items = carriers.object().arrayNode();
        for (int i = 0; i < TASKS.length; i++) {
            ObjectNode item = items.addObject();
            item.put("TaskListItemId", i + 1);
            item.put("Value", TASKS[i][0]);
            item.put("Direction", TASKS[i][2]);
            item.put("Type", TASKS[i][1]);
            item.put("Tooltip", "");
            item.put("Deleted", false);
            item.put("IntentId", 0);
            item.put("Rank", i + 1);
            item.put("IsDefaultAlldayEvent", false);
            item.put("IsDefaultFree", false);
            item.put("IsDefaultPublished", false);
            item.put("ColorIndex", "BlueAlt1");
            item.put("DefaultVideomeetingStatus", "NoChange");
            carriers.rights(item, "Select");
        }
        return items;
    }

    static boolean taskExists(int taskListItemId) {
        return taskListItemId >= 1 && taskListItemId <= TASKS.length;
    }

    ObjectNode task(int taskListItemId) {
        return (ObjectNode) tasks().get(taskListItemId - 1);
    }

    ArrayNode documentTemplates() {
        ArrayNode items = carriers.object().arrayNode();
        for (String[] template : TEMPLATES) items.add(documentTemplate(template));
        return items;
    }

    /** The smaller DocumentTemplate carrier a DocumentEntity embeds ({@code Deleted} is an int there). */
    ObjectNode documentTemplateCarrier(String[] template) {
        ObjectNode item = carriers.object();
        item.put("DocumentTemplateId", Integer.parseInt(template[0]));
        item.put("Name", template[1]);
        item.put("Tooltip", "");
        item.put("SaveInDb", 1);
        item.put("Filename", template[2]);
        item.put("DefaultOref", "");
        item.put("RecordType", template[3]);
        item.put("Deleted", 0);
        item.put("Direction", "Outgoing");
        item.put("AutoeventId", 0);
        item.put("QuoteDocType", "None");
        carriers.rights(item, "Select");
        return item;
    }

    ObjectNode documentTemplate(String[] template) {
        ObjectNode item = carriers.object();
        boolean mail = template[3].equals("Email");
        item.put("DocumentTemplateId", Integer.parseInt(template[0]));
        item.put("Name", template[1]);
        item.put("Tooltip", "");
        item.put("SaveInDb", 1);
        item.put("Filename", template[2]);
        item.put("DefaultOref", "");
        item.put("RecordType", template[3]);
        item.put("Deleted", false);
        item.put("Direction", "Outgoing");
        item.put("AutoeventId", 0);
        item.put("IntentId", 0);
        item.put("IsDefaultPublished", false);
        item.put("Rank", Integer.parseInt(template[0]));
        item.put("LoadTemplateFromPlugin", 0);
        item.put("MimeType", template[4]);
        item.put("IsInUseInGuides", false);
        item.put("DocumentTypeKey", 0);
        item.put("QuoteDocType", "None");
        item.put("PrivacyDocType", "None");
        item.put("EmailSubject", mail ? "Ihre Anfrage" : "");
        item.put("IncludeSignature", mail);
        item.put("ShowCurrents", false);
        item.put("SenderEmailMode", "UseLoggedInUser");
        item.put("SenderEmailAddress", "");
        item.put("InvitationDocType", "None");
        carriers.rights(item, "Select");
        return item;
    }
}
