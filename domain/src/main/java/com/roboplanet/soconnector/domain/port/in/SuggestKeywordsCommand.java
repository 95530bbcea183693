package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import java.util.Objects;

/**
 * One suggestion run. With the CRM as the origin, the CRM's product family and product names are looked for in
 * the unmatched headings too; an export file run does not need the CRM at all.
 *
 * @param catalog a catalogue file or the built-in keywords
 * @param top the most proposals to return
 */
public record SuggestKeywordsCommand(SaleOrigin origin, SaleQuery query, CatalogChoice catalog, int top) {

    public static final int DEFAULT_TOP = 30;

    public SuggestKeywordsCommand {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(catalog, "catalog");
        if (catalog.withCrmProducts()) {
            throw new IllegalArgumentException(
                    "suggestions look for the CRM's product names themselves; choose a catalogue file or the built-in one");
        }
        if (top <= 0) {
            throw new IllegalArgumentException("top must be positive, was " + top);
        }
    }
}
