package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.EmailAddress;

/**
 * Which persons to list, by person id.
 *
 * @param contactId only the persons of this company; null for any
 * @param email only the persons with this address (either form of an international domain); null for any
 * @param limit at most this many, the lowest person ids first
 */
public record PersonQuery(Long contactId, EmailAddress email, int limit) {
    public PersonQuery {
        if (contactId != null && contactId <= 0) {
            throw new IllegalArgumentException("a company id is positive, was " + contactId);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be at least 1, was " + limit);
        }
    }
}
