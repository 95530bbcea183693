package com.roboplanet.soconnector.domain.port.in;

/**
 * @param companyId only the persons of this company (contact id); null for any
 * @param email only the persons with this address; null for any
 * @param limit at most this many persons, the lowest person ids first
 */
public record ListPersonsCommand(Long companyId, String email, int limit) {
    public static final int DEFAULT_LIMIT = 20;
}
