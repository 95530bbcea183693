package com.roboplanet.soconnector.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * The two values {@code --explain} needs from a raw FindSale row. The row is shown to the user exactly as
 * SuperOffice returned it, so it is read here by its archive column names rather than through the adapter.
 */
record RawRow(String heading, long contactId) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static RawRow parse(String json) {
        try {
            JsonNode row = JSON.readTree(json);
            return new RawRow(
                    row.path("heading").asText(""),
                    row.path("contact/contactId").asLong(0));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
