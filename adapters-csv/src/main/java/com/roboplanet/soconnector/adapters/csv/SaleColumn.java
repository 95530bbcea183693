package com.roboplanet.soconnector.adapters.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns a sales export can have, with the header names each is recognised by. */
enum SaleColumn {
    SALE_ID("saleId", true, "SaleId"),
    HEADING("heading", true, "Heading", "SaleHeading"),
    CUSTOMER_ID("customerId", false, "CustomerId", "ContactId"),
    CUSTOMER_NAME("customerName", false, "CustomerName", "ContactName"),
    SALE_DATE("saleDate", false, "SaleDate", "Date"),
    SALES_REP("salesRep", false, "SalesRep", "Associate"),
    AMOUNT("amount", false, "Amount"),
    STATUS("status", false, "Status", "SaleStatus");

    private final String key;
    private final boolean required;
    private final List<String> headers;

    SaleColumn(String key, boolean required, String... headers) {
        this.key = key;
        this.required = required;
        this.headers = List.of(headers);
    }

    /** The key of {@code --column KEY=HEADER}. */
    String key() {
        return key;
    }

    boolean required() {
        return required;
    }

    /** The header names recognised without an override, as documented. */
    List<String> headers() {
        return headers;
    }

    static Optional<SaleColumn> byKey(String key) {
        String wanted = normalise(key);
        return Arrays.stream(values())
                .filter(c -> normalise(c.key).equals(wanted))
                .findFirst();
    }

    static String validKeys() {
        return Arrays.stream(values()).map(SaleColumn::key).collect(Collectors.joining(", "));
    }

    /** Header names as people vary them: {@code Sale ID}, {@code sale_id}, {@code SALE-ID} are all {@code saleid}. */
    static String normalise(String header) {
        return header.strip().replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}
