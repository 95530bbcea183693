package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.port.in.CrmCatalogListing;
import com.roboplanet.soconnector.domain.port.in.ListCatalogCommand;
import com.roboplanet.soconnector.domain.port.in.ListCatalogUseCase;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import java.util.List;
import java.util.function.Supplier;

/** Reads the families first, then the products, as the listing shows them. */
public final class ListCatalogService implements ListCatalogUseCase {
    private final Supplier<CrmCatalogSource> crm;

    /** @param crm obtained when the listing runs, because reaching the CRM opens a connection */
    public ListCatalogService(Supplier<CrmCatalogSource> crm) {
        this.crm = crm;
    }

    @Override
    public CrmCatalogListing list(ListCatalogCommand command) {
        CrmCatalogSource source = crm.get();
        List<ProductFamily> families = source.productFamilies(command.includeDeleted());
        List<CrmProduct> products = source.products();
        return new CrmCatalogListing(families, products);
    }
}
