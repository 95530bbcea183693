package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.util.Objects;

/** @param catalog the catalogue the CRM's products are added to; it keeps every alias it has */
public record MergeCrmCatalogCommand(ProductCatalog catalog) {
    public MergeCrmCatalogCommand {
        Objects.requireNonNull(catalog, "catalog");
    }
}
