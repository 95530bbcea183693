package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import java.util.Objects;

/** One sale to explain: where it is read from, and the catalogue the report would match it against. */
public record ExplainSaleCommand(SaleOrigin origin, long saleId, CatalogChoice catalog) {
    public ExplainSaleCommand {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(catalog, "catalog");
    }
}
