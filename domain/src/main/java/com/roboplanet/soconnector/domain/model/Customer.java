package com.roboplanet.soconnector.domain.model;

import java.util.Objects;

/** The company a sale belongs to; SuperOffice calls it a contact. */
public record Customer(long contactId, String name) {
    public Customer {
        if (contactId <= 0) {
            throw new IllegalArgumentException("contact id must be positive, was " + contactId);
        }
        name = Objects.requireNonNullElse(name, "");
    }
}
