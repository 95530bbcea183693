package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import java.util.List;

/** A CRM catalogue of fixed families and products; deleted families only when asked for. */
final class FakeCrmCatalog implements CrmCatalogSource {
    private final List<ProductFamily> families;
    private final List<CrmProduct> products;
    int reads;

    FakeCrmCatalog(List<ProductFamily> families, List<CrmProduct> products) {
        this.families = families;
        this.products = products;
    }

    @Override
    public List<ProductFamily> productFamilies(boolean includeDeleted) {
        reads++;
        return families.stream().filter(f -> includeDeleted || !f.deleted()).toList();
    }

    @Override
    public List<CrmProduct> products() {
        reads++;
        return products;
    }
}
