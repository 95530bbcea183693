package com.roboplanet.soconnector.sandbox.entities;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The nested carriers (PascalCase, as in the Swagger definitions) that entities embed. */
public final class Carriers {
    static final String PUBLISH_TO_NEVER = "9999-12-31T23:59:59.9999999";

    private final ObjectMapper json;
    private final Customers customers;

    /** Carriers built with {@code json}, naming {@code customers}' contacts and persons. */
    public Carriers(ObjectMapper json, Customers customers) {
        this.json = json;
        this.customers = customers;
    }

    /** An empty JSON object to fill. */
    public ObjectNode object() {
        return json.createObjectNode();
    }

    /**
     * Adds {@code TableRight} with {@code mask} (such as {@code Select}, or {@code Select, Update, Insert, Delete}) and an
     * empty {@code FieldProperties} to {@code node}.
     */
    public void rights(ObjectNode node, String mask) {
        ObjectNode right = node.putObject("TableRight");
        right.put("Mask", mask);
        right.put("Reason", "");
        node.putObject("FieldProperties");
    }

    ObjectNode associate(int associateId) {
        ObjectNode node = object();
        Catalog.findAssociate(associateId)
                .ifPresentOrElse(
                        associate -> {
                            node.put("AssociateId", associate.associateId());
                            node.put("Name", associate.initials());
                            node.put("PersonId", associate.personId());
                            node.put("Rank", associate.associateId());
                            node.put("Tooltip", associate.fullName());
                            node.put("Type", "InternalAssociate");
                            node.put("GroupIdx", 1);
                            node.put("FullName", associate.fullName());
                            node.put("FormalName", associate.fullName());
                            node.put("Deleted", false);
                            node.put("EjUserId", 0);
                            node.put("UserName", associate.initials());
                        },
                        () -> node.put("AssociateId", associateId));
        rights(node, "Select");
        return node;
    }

    /** The Contact carrier, or {@code null} for no customer (as the real API shows a sale without one). */
    ObjectNode contact(int contactId, String knownName) {
        if (contactId == 0) return null;
        ObjectNode node = object();
        node.put("ContactId", contactId);
        customers
                .customer(contactId)
                .ifPresentOrElse(
                        customer -> {
                            node.put("Name", customer.name());
                            node.put("OrgNr", "");
                            node.put("Department", "");
                            node.put("URL", "https://www." + customer.domain());
                            node.put("City", customer.city());
                            node.put("DirectPhone", "");
                            node.put("EmailAddress", "info@" + customer.domain());
                            node.put("CountryName", "Germany");
                            node.put("FullName", customer.name());
                        },
                        () -> node.put("Name", knownName));
        node.put("AssociateId", 1);
        node.put("CountryId", 49);
        node.put("IsOwnerContact", false);
        node.put("ActiveErpLinks", 0);
        rights(node, "Select");
        return node;
    }

    ObjectNode person(int personId) {
        if (personId == 0) return null;
        ObjectNode node = object();
        node.put("PersonId", personId);
        customers.person(personId).ifPresent(person -> {
            node.put("Firstname", person.firstName());
            node.put("Lastname", person.lastName());
            node.put("MiddleName", "");
            node.put("FullName", person.fullName());
            node.put("FormalName", person.fullName());
            node.put("Email", person.email());
            node.put("ContactId", person.contactId());
            customers.customer(person.contactId()).ifPresent(c -> node.put("ContactName", c.name()));
            node.put("Title", "");
            node.put("Mrmrs", "");
        });
        rights(node, "Select");
        return node;
    }

    ObjectNode idValue(int id, String value) {
        ObjectNode node = object();
        node.put("Id", id);
        node.put("Value", value);
        node.put("Tooltip", "");
        rights(node, "Select");
        return node;
    }
}
