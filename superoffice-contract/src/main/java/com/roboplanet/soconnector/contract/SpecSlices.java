package com.roboplanet.soconnector.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts one group of operations (such as {@code Sale} or {@code Agents/Quote}) out of the adjusted definitions, with
 * just the definitions they reach. Converting all 2,230 operations to OpenAPI 3 takes seconds per JVM; a test run
 * touches a dozen groups, each converted in a fraction of that.
 */
final class SpecSlices {
    private static final String API = "/api/v1/";
    private static final String REF = "#/definitions/";

    private SpecSlices() {}

    /** The group of an API path: the first segment after {@code /api/v1/}, or the first two under Agents. */
    static String group(String apiPath) {
        String[] segments = apiPath.substring(API.length()).split("/");
        return segments[0].equals("Agents") && segments.length > 1 ? "Agents/" + segments[1] : segments[0];
    }

    static ObjectNode slice(ObjectMapper json, List<ObjectNode> specs, String group) {
        ObjectNode slice = json.createObjectNode();
        ObjectNode paths = json.createObjectNode();
        ObjectNode definitions = json.createObjectNode();
        // A definition name may exist in both files; the file the operations come from has the right one.
        List<ObjectNode> owners = new ArrayList<>();
        List<ObjectNode> others = new ArrayList<>();
        for (ObjectNode spec : specs) {
            int before = paths.size();
            spec.get("paths").fields().forEachRemaining(path -> {
                if (path.getKey().startsWith(API) && group(path.getKey()).equals(group)) {
                    paths.set(path.getKey(), path.getValue());
                }
            });
            (paths.size() > before ? owners : others).add(spec);
        }
        owners.addAll(others);
        Deque<String> pending = new ArrayDeque<>();
        collectRefs(paths, pending);
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name)) continue;
            JsonNode definition = definitionIn(owners, name);
            definitions.set(name, definition);
            collectRefs(definition, pending);
        }
        slice.put("swagger", "2.0");
        slice.set("info", specs.get(0).get("info"));
        slice.set("paths", paths);
        slice.set("definitions", definitions);
        return slice;
    }

    private static JsonNode definitionIn(List<ObjectNode> specs, String name) {
        for (ObjectNode spec : specs) {
            JsonNode definition = spec.get("definitions").get(name);
            if (definition != null) return definition;
        }
        throw new IllegalStateException("The definitions refer to " + name + ", which they do not define");
    }

    private static void collectRefs(JsonNode node, Deque<String> into) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(REF)) {
                into.push(ref.asText().substring(REF.length()));
            }
        }
        node.forEach(child -> collectRefs(child, into));
    }
}
