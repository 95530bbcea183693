package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The rows of one archive page. Rows stay JSON objects because their keys are the exact {@code $select}
 * column names, slashes included ({@code contact/name}), which no record component can carry.
 */
record ArchivePage(List<JsonNode> rows, String route) {
    ArchivePage {
        rows = List.copyOf(rows);
    }
}
