package com.roboplanet.soconnector.sandbox;

/**
 * One request the contract test sends to a sandbox route, and the status it expects. {@code path} is relative to
 * {@code /{ctx}/api/v1/} and may name the fixtures {@code {document}} and {@code {appointment}} (created before the
 * cases run); {@code query} is already percent-encoded; {@code body} is JSON unless {@code contentType} says otherwise.
 */
record ContractCase(
        String name, String method, String path, String query, String contentType, String body, int status) {
    ContractCase {
        if (!path.isEmpty() && path.startsWith("/")) throw new IllegalArgumentException("path is relative: " + path);
    }

    static ContractCase get(String name, String path, String query) {
        return new ContractCase(name, "GET", path, query, null, "", 200);
    }

    static ContractCase post(String name, String path, String json) {
        return new ContractCase(name, "POST", path, "", "application/json", json, 200);
    }

    /** An agent method without parameters: the definitions give it no body at all. */
    static ContractCase postWithoutBody(String name, String path) {
        return new ContractCase(name, "POST", path, "", null, "", 200);
    }

    static ContractCase put(String name, String path, String contentType, String body) {
        return new ContractCase(name, "PUT", path, "", contentType, body, 200);
    }
}
