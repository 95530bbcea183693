package com.roboplanet.soconnector.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every operation of the definitions as {@code METHOD segment/segment}, relative to {@code /api/v1/}, for the
 * question "does SuperOffice have this route at all?". A path parameter of the definitions matches any one segment of
 * the asked route (a concrete id, or a placeholder such as {@code {id}}); a placeholder in the asked route matches only
 * a path parameter, except {@code {method}}, which stands for any agent method name.
 */
final class OperationIndex {
    private static final String API = "/api/v1/";
    private static final String AGENT_METHOD = "{method}";

    private OperationIndex() {}

    static Set<String> of(Iterable<ObjectNode> specs) {
        Set<String> operations = new TreeSet<>();
        for (ObjectNode spec : specs) {
            spec.get("paths")
                    .fields()
                    .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                        if (path.getKey().startsWith(API)) {
                            operations.add(method.toUpperCase(Locale.ROOT) + " "
                                    + path.getKey().substring(API.length()));
                        }
                    }));
        }
        return operations;
    }

    static boolean matches(Set<String> operations, String route) {
        String[] asked = route.trim().split(" ", 2);
        if (asked.length != 2) throw new IllegalArgumentException("A route is 'METHOD path', not '" + route + "'");
        String method = asked[0].toUpperCase(Locale.ROOT);
        String[] segments = asked[1].split("/");
        return operations.stream()
                .filter(op -> op.startsWith(method + " "))
                .map(op -> op.substring(method.length() + 1).split("/"))
                .anyMatch(known -> sameShape(segments, known));
    }

    private static boolean sameShape(String[] asked, String[] known) {
        if (asked.length != known.length) return false;
        for (int i = 0; i < asked.length; i++) {
            boolean matches = isPlaceholder(known[i])
                    || asked[i].equals(AGENT_METHOD)
                    || (!isPlaceholder(asked[i]) && asked[i].equals(known[i]));
            if (!matches) return false;
        }
        return true;
    }

    private static boolean isPlaceholder(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
