package com.roboplanet.soconnector.domain.model;

import java.util.Objects;

/** The person a mail is for, as a SuperOffice person so that the mail can be linked to them. */
public record Recipient(long personId, String name, EmailAddress email) {
    public Recipient {
        if (personId <= 0) {
            throw new IllegalArgumentException("recipient person id must be positive, was " + personId);
        }
        name = HeaderText.requireSingleLine(Objects.requireNonNullElse(name, ""), "recipient name")
                .strip();
        Objects.requireNonNull(email, "recipient e-mail");
    }
}
