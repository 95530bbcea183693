package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * The error details of a failed response, read from either shape the reference documents:
 * SuperOffice's {@code {"Error":true,"ErrorType":..,"ErrorMessage":..}}, ASP.NET's {@code {"Message":..}},
 * and the token endpoint's OAuth {@code {"error":..,"error_description":..}}.
 */
record ErrorBody(String errorType, String errorMessage) {
    private static final int MAX_TEXT = 300;

    static final ErrorBody NONE = new ErrorBody("", "");

    static ErrorBody parse(byte[] body) {
        if (body == null || body.length == 0) {
            return NONE;
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return NONE;
        }
        if (node == null || !node.isObject()) {
            return NONE;
        }
        if (node.hasNonNull("ErrorType") || node.hasNonNull("ErrorMessage")) {
            return new ErrorBody(text(node, "ErrorType"), text(node, "ErrorMessage"));
        }
        if (node.hasNonNull("error")) {
            return new ErrorBody(text(node, "error"), text(node, "error_description"));
        }
        if (node.hasNonNull("Message")) {
            return new ErrorBody("", text(node, "Message"));
        }
        return NONE;
    }

    /** " (ErrorType: ErrorMessage)" for a message, or nothing when the body said nothing. */
    String describe() {
        if (errorType.isEmpty() && errorMessage.isEmpty()) {
            return "";
        }
        String joined = errorType.isEmpty()
                ? errorMessage
                : errorMessage.isEmpty() ? errorType : errorType + ": " + errorMessage;
        return " (" + joined + ")";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        String text = value.asText().replaceAll("\\s+", " ").strip();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text;
    }
}
