package com.roboplanet.soconnector.domain.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A sale as the connector reads it. Product information mostly lives as free text in the heading;
 * quote lines and user-defined fields are there only sometimes.
 *
 * @param customer null for the many sales that have no company linked (SuperOffice's contact id 0)
 * @param date null when the source had no date (SuperOffice's 0001-01-01 sentinel)
 */
public record Sale(
        long id,
        String heading,
        LocalDate date,
        Customer customer,
        String salesRep,
        BigDecimal amount,
        boolean hasQuote,
        List<QuoteLine> quoteLines,
        Map<String, String> userDefinedFields) {

    public Sale {
        if (id <= 0) {
            throw new IllegalArgumentException("sale id must be positive, was " + id);
        }
        heading = Objects.requireNonNullElse(heading, "");
        salesRep = Objects.requireNonNullElse(salesRep, "");
        quoteLines = List.copyOf(Objects.requireNonNullElse(quoteLines, List.of()));
        userDefinedFields = Map.copyOf(Objects.requireNonNullElse(userDefinedFields, Map.of()));
    }

    /** A sale with only the core fields: no quote, no user-defined fields. */
    public Sale(long id, String heading, LocalDate date, Customer customer, String salesRep, BigDecimal amount) {
        this(id, heading, date, customer, salesRep, amount, false, List.of(), Map.of());
    }

    public Optional<Customer> customerIfLinked() {
        return Optional.ofNullable(customer);
    }

    public Optional<LocalDate> dateIfKnown() {
        return Optional.ofNullable(date);
    }

    public Sale withQuoteLines(List<QuoteLine> lines) {
        return new Sale(id, heading, date, customer, salesRep, amount, hasQuote, lines, userDefinedFields);
    }
}
