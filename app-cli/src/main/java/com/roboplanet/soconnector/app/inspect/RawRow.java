package com.roboplanet.soconnector.app.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * What {@code inspect} and {@code --explain} need from a raw FindSale row. The row is shown to the user exactly as
 * SuperOffice returned it, so it is read here by its archive column names rather than through the adapter.
 */
public record RawRow(String heading, long contactId, String contactName) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static RawRow parse(String json) {
        try {
            JsonNode row = JSON.readTree(json);
            return new RawRow(
                    row.path("heading").asText(""),
                    row.path("contact/contactId").asLong(0),
                    row.path("contact/name").asText(""));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
