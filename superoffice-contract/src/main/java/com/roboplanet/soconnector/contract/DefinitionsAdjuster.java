package com.roboplanet.soconnector.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.contract.AcceptedDifferences.Difference;
import com.roboplanet.soconnector.contract.AcceptedDifferences.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the vendor's definitions into the contract the tests check, in memory: objects are closed (a property the
 * definitions do not name is a violation, so a renamed PascalCase property is caught), then each accepted difference
 * is applied. A row that names a definition or property the definitions do not have is an error: stale exceptions
 * must not pile up silently.
 */
final class DefinitionsAdjuster {
    static final String REPAIR_BODY_PARAMETER_TYPE = "body-parameter-type";
    static final String REPAIR_EMPTY_CONSUMES = "empty-consumes";
    static final String REPAIR_ERROR_BODY = "error-body";
    /** Our name for the error body; the definitions have none. */
    static final String ERROR_DEFINITION = "so-connector.ErrorBody";

    static final String UNCHECKED_DATE_TIME_OFFSET = "date-time-offset";
    /** How the live API writes a date-time: local, no offset, up to seven fractional digits (.NET ticks). */
    static final String LOCAL_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,7})?$";

    private static final String NULLABLE_SUFFIX = ".OrNull";
    private static final String REF_PREFIX = "#/definitions/";

    private DefinitionsAdjuster() {}

    /** Adjusts both specs in place. */
    static void adjust(List<ObjectNode> specs, AcceptedDifferences differences) {
        for (ObjectNode spec : specs) {
            if (differences.lists(Rule.REPAIR, REPAIR_BODY_PARAMETER_TYPE)) repairBodyParameters(spec);
            if (differences.lists(Rule.REPAIR, REPAIR_EMPTY_CONSUMES)) repairEmptyConsumes(spec);
            if (differences.lists(Rule.REPAIR, REPAIR_ERROR_BODY)) errorBodies(spec);
            if (differences.lists(Rule.UNCHECKED, UNCHECKED_DATE_TIME_OFFSET)) localDateTimes(spec);
            closeObjects(definitions(spec));
        }
        List<String> problems = new ArrayList<>();
        // Nullable rows copy whole definitions, so they come last and the copies carry every other adjustment.
        List<Difference> rows = new ArrayList<>(differences.rows());
        rows.sort(Comparator.comparing(row -> row.rule() == Rule.NULLABLE));
        for (Difference row : rows) {
            if (row.rule() == Rule.REPAIR || row.rule() == Rule.UNCHECKED) continue;
            boolean found = false;
            for (ObjectNode spec : specs) {
                JsonNode definition = definitions(spec).get(row.target());
                if (definition instanceof ObjectNode object) {
                    found = true;
                    apply(row, object, definitions(spec), problems);
                }
            }
            if (!found) problems.add("line " + row.line() + ": no definition named " + row.target());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "docs/contract-differences.md does not match the definitions: " + String.join("; ", problems));
        }
    }

    private static ObjectNode definitions(ObjectNode spec) {
        return (ObjectNode) spec.get("definitions");
    }

    /** 31 PATCH operations give their body parameter a {@code type} beside its schema, which Swagger 2.0 forbids. */
    private static void repairBodyParameters(ObjectNode spec) {
        spec.path("paths")
                .forEach(operations -> operations.forEach(operation -> operation
                        .path("parameters")
                        .forEach(parameter -> {
                            if (parameter.path("in").asText().equals("body") && parameter.has("schema")) {
                                ((ObjectNode) parameter).remove("type");
                            }
                        })));
    }

    /**
     * 31 operations take a JSON body but list no media types ({@code "consumes": []}), so the converted operation
     * accepts no body at all; they get the media types every other body-taking operation of the file lists.
     */
    private static void repairEmptyConsumes(ObjectNode spec) {
        spec.path("paths")
                .forEach(operations -> operations.forEach(operation -> {
                    boolean takesBody = false;
                    for (JsonNode parameter : operation.path("parameters"))
                        takesBody |= parameter.path("in").asText().equals("body");
                    if (takesBody && operation.path("consumes").isEmpty()) {
                        ArrayNode consumes = ((ObjectNode) operation).putArray("consumes");
                        consumes.add("application/json").add("text/json");
                    }
                }));
    }

    /**
     * Documented error statuses carry no schema, yet the API answers them with its error JSON; they get that shape,
     * closed, with all four properties required.
     */
    private static void errorBodies(ObjectNode spec) {
        ObjectNode error = definitions(spec).putObject(ERROR_DEFINITION).put("type", "object");
        ObjectNode properties = error.putObject("properties");
        properties.putObject("Error").put("type", "boolean");
        for (String text : List.of("ErrorType", "ErrorMessage", "ErrorSource"))
            properties.putObject(text).put("type", "string");
        error.putArray("required")
                .add("Error")
                .add("ErrorType")
                .add("ErrorMessage")
                .add("ErrorSource");
        spec.path("paths")
                .forEach(operations -> operations.forEach(operation -> operation
                        .path("responses")
                        .fields()
                        .forEachRemaining(response -> {
                            boolean failure = response.getKey().startsWith("4")
                                    || response.getKey().startsWith("5");
                            if (failure && !response.getValue().has("schema")) {
                                ((ObjectNode) response.getValue())
                                        .putObject("schema")
                                        .put("$ref", REF_PREFIX + ERROR_DEFINITION);
                            }
                        })));
    }

    /** Every {@code format: date-time} becomes the local shape the live API writes; the value is still checked. */
    private static void localDateTimes(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("format").asText().equals("date-time")) {
            object.remove("format");
            object.put("pattern", LOCAL_DATE_TIME);
        }
        node.forEach(DefinitionsAdjuster::localDateTimes);
    }

    private static void closeObjects(ObjectNode definitions) {
        definitions.forEach(definition -> {
            if (definition.has("properties") && !definition.has("additionalProperties")) {
                ((ObjectNode) definition).put("additionalProperties", false);
            }
        });
    }

    private static void apply(Difference row, ObjectNode definition, ObjectNode definitions, List<String> problems) {
        ObjectNode properties = (ObjectNode) definition.get("properties");
        for (String name : row.properties()) {
            boolean present = properties.has(name);
            if (row.rule() == Rule.EXTRA ? present : !present) {
                problems.add("line " + row.line() + ": " + row.target() + " " + (present ? "already has " : "has no ")
                        + name);
                continue;
            }
            switch (row.rule()) {
                case REQUIRED -> required(definition).add(name);
                case EXTRA -> properties.set(name, JsonNodeFactory.instance.objectNode());
                case FREE_FORM -> properties.set(name, freeForm(properties.get(name)));
                case FLAGS -> properties.set(name, flags(properties.get(name), row, problems));
                case NULLABLE -> properties.set(name, nullable((ObjectNode) properties.get(name), definitions));
                default -> throw new IllegalStateException("rule without adjustment: " + row.rule());
            }
        }
    }

    private static ArrayNode required(ObjectNode definition) {
        return definition.has("required") ? (ArrayNode) definition.get("required") : definition.putArray("required");
    }

    /** An array keeps its shape (a list of objects) but not what is inside each item; anything else becomes any. */
    private static JsonNode freeForm(JsonNode property) {
        ObjectNode any = JsonNodeFactory.instance.objectNode();
        if (property.path("type").asText().equals("array")) {
            any.put("type", "array");
            ObjectNode items = any.putObject("items").put("type", "object");
            // An explicit "anything": the validator closes objects that do not say ({} would be read as an object).
            items.put("additionalProperties", true);
        }
        return any;
    }

    private static JsonNode flags(JsonNode property, Difference row, List<String> problems) {
        if (!property.has("enum")) {
            problems.add("line " + row.line() + ": " + row.target() + " has no enum to combine");
            return property;
        }
        List<String> members = new ArrayList<>();
        property.get("enum").forEach(member -> members.add(member.asText()));
        if (!members.stream().allMatch(member -> member.matches("\\w+"))) {
            problems.add("line " + row.line() + ": " + row.target() + " has enum members that are not plain words");
            return property;
        }
        String one = "(" + String.join("|", members) + ")";
        ObjectNode combined = JsonNodeFactory.instance.objectNode().put("type", "string");
        combined.put("pattern", "^" + one + "(, " + one + ")*$");
        return combined;
    }

    /**
     * {@code x-nullable} beside a {@code $ref} is lost when the parser converts to OpenAPI 3 (siblings of a reference
     * are ignored), so a nullable reference points at a nullable copy of its definition instead.
     */
    private static JsonNode nullable(ObjectNode property, ObjectNode definitions) {
        if (!property.has("$ref")) return property.deepCopy().put("x-nullable", true);
        String target = property.get("$ref").asText().substring(REF_PREFIX.length());
        String copyName = target + NULLABLE_SUFFIX;
        if (!definitions.has(copyName)) {
            definitions.set(
                    copyName, ((ObjectNode) definitions.get(target)).deepCopy().put("x-nullable", true));
        }
        return JsonNodeFactory.instance.objectNode().put("$ref", REF_PREFIX + copyName);
    }
}
