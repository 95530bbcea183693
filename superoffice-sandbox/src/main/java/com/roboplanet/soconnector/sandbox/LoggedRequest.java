package com.roboplanet.soconnector.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request the sandbox answered. {@code status} is 0 when the connection was dropped on purpose. The query is the
 * raw (still encoded) query string, or empty. Headers are as received, except that credentials ({@code Authorization},
 * {@code SO-AppToken}) read {@code ***}; the body is the request body as UTF-8 text, or empty, with the secret
 * parameters of a form body redacted like those of the query.
 */
public record LoggedRequest(
        String method,
        String path,
        String query,
        String route,
        int status,
        Map<String, List<String>> headers,
        String body) {
    public LoggedRequest {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** The first value of a header, by name in any case. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name)
                        && !header.getValue().isEmpty())
                .map(header -> header.getValue().get(0))
                .findFirst();
    }
}
