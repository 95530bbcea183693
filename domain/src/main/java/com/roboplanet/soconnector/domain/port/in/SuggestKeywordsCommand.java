package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import java.util.List;
import java.util.Objects;

/**
 * One suggestion run.
 *
 * @param crmProducts the CRM's products (see {@code CrmCatalogSource#products}), whose names are looked for in
 *     unmatched headings and proposed with the CRM's own code; empty when the sales come from a file
 * @param crmFamilies the CRM's product families, whose names are looked for too; empty when the sales come from
 *     a file
 * @param top the most proposals to return
 */
public record SuggestKeywordsCommand(
        SaleSource source,
        SaleQuery query,
        ProductCatalog catalog,
        List<CrmProduct> crmProducts,
        List<ProductFamily> crmFamilies,
        int top) {

    public static final int DEFAULT_TOP = 30;

    public SuggestKeywordsCommand {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(catalog, "catalog");
        crmProducts = List.copyOf(Objects.requireNonNullElse(crmProducts, List.of()));
        crmFamilies = List.copyOf(Objects.requireNonNullElse(crmFamilies, List.of()));
        if (top <= 0) {
            throw new IllegalArgumentException("top must be positive, was " + top);
        }
    }
}
