package com.roboplanet.soconnector.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A CRM person as {@code inspect persons} lists them: who mail can be sent to.
 *
 * @param email their first e-mail address, empty when they have none
 * @param contactId their company (SuperOffice: contact), 0 when they belong to none
 */
public record DirectoryPerson(long personId, String name, String email, long contactId, String contactName) {
    public DirectoryPerson {
        name = Objects.requireNonNullElse(name, "").strip();
        email = Objects.requireNonNullElse(email, "").strip();
        contactName = Objects.requireNonNullElse(contactName, "").strip();
    }

    /**
     * Why {@code send --to} cannot use this person, or empty when it can: a mail needs their address and is linked to
     * their company (see {@link Addressee}).
     */
    public Optional<String> whyNotARecipient() {
        if (email.isEmpty()) {
            return Optional.of("no e-mail address");
        }
        if (contactId <= 0) {
            return Optional.of("belongs to no company");
        }
        return Optional.empty();
    }
}
