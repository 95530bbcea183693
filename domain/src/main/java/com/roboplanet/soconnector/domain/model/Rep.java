package com.roboplanet.soconnector.domain.model;

import java.util.Objects;

/** The sales rep on whose behalf a mail goes out; SuperOffice calls them an associate. */
public record Rep(long associateId, String name, EmailAddress email) {
    public Rep {
        if (associateId <= 0) {
            throw new IllegalArgumentException("rep associate id must be positive, was " + associateId);
        }
        name = HeaderText.requireSingleLine(Objects.requireNonNullElse(name, ""), "rep name")
                .strip();
        Objects.requireNonNull(email, "rep e-mail");
    }
}
