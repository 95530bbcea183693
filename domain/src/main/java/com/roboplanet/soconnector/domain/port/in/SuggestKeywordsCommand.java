package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import java.util.List;
import java.util.Objects;

/**
 * One suggestion run.
 *
 * @param crmNames product family and product names from the CRM, looked for in unmatched headings (may be
 *     empty when the sales come from a file)
 * @param top the most proposals to return
 */
public record SuggestKeywordsCommand(
        SaleSource source, SaleQuery query, ProductCatalog catalog, List<String> crmNames, int top) {

    public static final int DEFAULT_TOP = 30;

    public SuggestKeywordsCommand {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(catalog, "catalog");
        crmNames = List.copyOf(Objects.requireNonNullElse(crmNames, List.of()));
        if (top <= 0) {
            throw new IllegalArgumentException("top must be positive, was " + top);
        }
    }
}
