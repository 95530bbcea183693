package com.roboplanet.soconnector.sandbox.archives;

import java.util.Map;

/** The OData paging options that every archive provider reads alike. */
final class ArchiveOptions {
    private ArchiveOptions() {}

    /** A non-negative whole-number option such as {@code $top}, or the fallback when absent. */
    static int count(Map<String, String> params, String name, int fallback) {
        String text = params.get(name);
        if (text == null || text.isBlank()) return fallback;
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 0) throw new QueryException(name + " must not be negative: " + text);
            return value;
        } catch (NumberFormatException e) {
            throw new QueryException(name + " must be a whole number: '" + text + "'");
        }
    }
}
