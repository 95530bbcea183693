package com.roboplanet.soconnector.domain.model;

import java.util.Map;
import java.util.Objects;

/**
 * A recipient as the CRM knows them: the person, their company and the fields a mail template may use.
 *
 * @param fields template values such as {@code person.firstName} or {@code contact.name}; never null values
 */
public record Addressee(Recipient recipient, long contactId, String contactName, Map<String, String> fields) {
    public Addressee {
        Objects.requireNonNull(recipient, "recipient");
        if (contactId <= 0) {
            throw new IllegalArgumentException("person " + recipient.personId() + " belongs to no company (contact id "
                    + contactId + "); a mail must be linked to a customer");
        }
        contactName = Objects.requireNonNullElse(contactName, "");
        fields = Map.copyOf(fields);
    }
}
