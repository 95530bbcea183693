package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One sale to explain, read and matched as {@code report} with the same choices would: where it is read from (with
 * or without quote lines), the catalogue, the product-code patterns for user-defined fields, and whether a sale
 * without products gets a row.
 *
 * @param udfProductPatterns as in {@link GenerateProductReportCommand#udfProductPatterns()}; empty turns the scan off
 * @param includeUnmatched as in {@link GenerateProductReportCommand#includeUnmatched()}
 */
public record ExplainSaleCommand(
        SaleOrigin origin,
        long saleId,
        CatalogChoice catalog,
        List<Pattern> udfProductPatterns,
        boolean includeUnmatched) {
    public ExplainSaleCommand {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(catalog, "catalog");
        udfProductPatterns = List.copyOf(udfProductPatterns);
    }
}
