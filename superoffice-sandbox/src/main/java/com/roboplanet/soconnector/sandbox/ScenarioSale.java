package com.roboplanet.soconnector.sandbox;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A sale given explicitly by a test instead of the generated tenant. {@code contactId} 0 means no customer; then
 * {@code contactName} must be empty. {@code associateId} must be one of the tenant's sales reps (1..6).
 */
public record ScenarioSale(
        int saleId,
        String heading,
        LocalDateTime date,
        int contactId,
        String contactName,
        int associateId,
        Status status,
        double amount,
        List<ScenarioQuoteLine> quoteLines) {

    /** The SuperOffice sale status; {@code id} is the list id used in filters. */
    public enum Status {
        OPEN(1),
        SOLD(2),
        LOST(3),
        STALLED(4);

        private final int id;

        Status(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }
    }

    public ScenarioSale {
        if (saleId <= 0) throw new IllegalArgumentException("scenario sale id must be positive: " + saleId);
        Objects.requireNonNull(heading, "scenario sale heading");
        Objects.requireNonNull(date, "scenario sale date");
        Objects.requireNonNull(contactName, "scenario sale contactName");
        Objects.requireNonNull(status, "scenario sale status");
        if (contactId < 0) throw new IllegalArgumentException("scenario sale " + saleId + ": contactId < 0");
        if (contactId == 0 && !contactName.isEmpty()) {
            throw new IllegalArgumentException("scenario sale " + saleId + ": contactName without contactId");
        }
        if (associateId < 1 || associateId > 6) {
            throw new IllegalArgumentException(
                    "scenario sale " + saleId + ": associateId must be 1..6: " + associateId);
        }
        quoteLines = List.copyOf(quoteLines);
    }
}
