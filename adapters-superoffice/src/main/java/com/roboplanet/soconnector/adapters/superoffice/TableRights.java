package com.roboplanet.soconnector.adapters.superoffice;

import java.util.Locale;
import java.util.Set;

/**
 * Reads a {@code TableRight.Mask}: a .NET flags value written as names ({@code "Select, Update, Insert"}) or as one
 * of the combined names of the Swagger enum ({@code FULL}, {@code URI}, {@code RI}...), where {@code I} is Insert.
 */
final class TableRights {
    private static final Set<String> WITH_INSERT = Set.of("insert", "full", "write", "uri", "ri", "fi");

    private TableRights() {}

    static boolean allowsInsert(String mask) {
        for (String part : mask.split("[,|\\s]+")) {
            if (WITH_INSERT.contains(part.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
