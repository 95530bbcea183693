package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeApiException.Failure;
import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Sale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads FindSale archive rows (camelCase column names, slashes kept) into sales. */
final class SaleRows {
    static final String SALE_ID = "saleId";
    static final String HEADING = "heading";
    static final String DATE = "date";
    static final String AMOUNT = "amount";
    static final String STATUS = "saleStatus";
    static final String HAS_QUOTE = "hasQuote";
    static final String CONTACT_ID = "contact/contactId";
    static final String CONTACT_NAME = "contact/name";
    static final String SALES_REP = "associate/fullName";
    static final List<String> COLUMNS =
            List.of(SALE_ID, HEADING, DATE, AMOUNT, STATUS, HAS_QUOTE, CONTACT_ID, CONTACT_NAME, SALES_REP);

    /** SuperOffice writes "no date" as the .NET minimum date. */
    private static final String NO_DATE = "0001-01-01";

    private SaleRows() {}

    /**
     * @param udfColumns the user-defined columns selected; each set one becomes a user-defined field of the sale
     * @param listText reads list-typed user-defined fields that come back in several languages
     */
    static Sale toSale(JsonNode row, String route, List<String> udfColumns, MultiLanguageText listText) {
        long id = longValue(row, SALE_ID, route, 0);
        if (id <= 0) {
            throw bad(route, "a row has no usable " + SALE_ID + " (" + row.path(SALE_ID) + ")");
        }
        long contactId = longValue(row, CONTACT_ID, route, id);
        Customer customer = contactId > 0 ? new Customer(contactId, text(row, CONTACT_NAME)) : null;
        return new Sale(
                id,
                text(row, HEADING),
                date(row, route, id),
                customer,
                text(row, SALES_REP),
                amount(row, route, id),
                bool(row, HAS_QUOTE),
                List.of(),
                userDefinedFields(row, udfColumns, listText));
    }

    /**
     * Tenants differ in what a user-defined column carries (display text, a number, an id/value object), so any
     * shape is read as its text; unset fields are left out rather than kept as "". A list field's text may come in
     * SuperOffice's multi-language form, read in the configured language.
     */
    static Map<String, String> userDefinedFields(JsonNode row, List<String> udfColumns, MultiLanguageText listText) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String column : udfColumns) {
            JsonNode value = row.get(column);
            String text = value == null || value.isNull()
                    ? ""
                    : value.isContainerNode() ? value.toString() : listText.pick(value.asText());
            if (!text.isBlank()) {
                fields.put(column, text.strip());
            }
        }
        return fields;
    }

    /** The selected columns the row does not carry: a tenant that renamed or hid one gives empty reports. */
    static List<String> missingColumns(JsonNode row, List<String> selected) {
        return selected.stream().filter(c -> !row.has(c)).toList();
    }

    private static String text(JsonNode row, String column) {
        JsonNode value = row.get(column);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static long longValue(JsonNode row, String column, String route, long saleId) {
        JsonNode value = row.get(column);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return 0;
        }
        if (value.canConvertToLong()) {
            return value.asLong();
        }
        try {
            return Long.parseLong(value.asText().strip());
        } catch (NumberFormatException e) {
            throw bad(route, "column " + column + " of sale " + saleId + " is not a number: '" + value.asText() + "'");
        }
    }

    private static LocalDate date(JsonNode row, String route, long saleId) {
        String text = text(row, DATE).strip();
        if (text.isEmpty() || text.startsWith(NO_DATE)) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw bad(route, "column " + DATE + " of sale " + saleId + " is not a date: '" + text + "'");
        }
    }

    private static BigDecimal amount(JsonNode row, String route, long saleId) {
        JsonNode value = row.get(AMOUNT);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return new BigDecimal(value.asText().strip());
        } catch (NumberFormatException e) {
            throw bad(route, "column " + AMOUNT + " of sale " + saleId + " is not a number: '" + value.asText() + "'");
        }
    }

    private static boolean bool(JsonNode row, String column) {
        JsonNode value = row.get(column);
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.asText().strip();
        return text.equalsIgnoreCase("true") || text.equals("1");
    }

    private static SuperOfficeApiException bad(String route, String what) {
        return SuperOfficeApiException.of(
                Failure.BAD_RESPONSE, route, "SuperOffice answered " + route + ": " + what, null);
    }
}
