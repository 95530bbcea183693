package com.roboplanet.soconnector.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The requests the sandbox answered, in order, and a counter per route. Thread-safe. */
public final class RequestLog {
    private final List<LoggedRequest> entries = new ArrayList<>();
    private final Map<String, Integer> perRoute = new TreeMap<>();

    synchronized void add(LoggedRequest request) {
        entries.add(request);
        perRoute.merge(request.route(), 1, Integer::sum);
    }

    /** A snapshot of every request so far, oldest first. */
    public synchronized List<LoggedRequest> entries() {
        return List.copyOf(entries);
    }

    /** Requests per route name, such as {@code "GET Sale"} or {@code "POST tokens"}. */
    public synchronized Map<String, Integer> counters() {
        return Map.copyOf(perRoute);
    }

    /** How many requests hit the route so far. */
    public synchronized int count(String route) {
        return perRoute.getOrDefault(route, 0);
    }

    public synchronized void clear() {
        entries.clear();
        perRoute.clear();
    }
}
