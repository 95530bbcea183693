package com.roboplanet.soconnector.sandbox;

/**
 * One request the sandbox answered. {@code status} is 0 when the connection was dropped on purpose. The query is the
 * raw (still encoded) query string, or empty.
 */
public record LoggedRequest(String method, String path, String query, String route, int status) {}
