package com.roboplanet.soconnector.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A CRM user (SuperOffice: an associate) as {@code inspect reps} lists them: who mail can be sent on behalf of.
 *
 * @param email the address of their person card, empty when it has none
 */
public record DirectoryUser(long associateId, String name, String email) {
    public DirectoryUser {
        name = Objects.requireNonNullElse(name, "").strip();
        email = Objects.requireNonNullElse(email, "").strip();
    }

    /** Why {@code send --rep} cannot use this user, or empty when it can: a mail needs the rep's address. */
    public Optional<String> whyNotARep() {
        return email.isEmpty() ? Optional.of("no e-mail address on their person card") : Optional.empty();
    }
}
