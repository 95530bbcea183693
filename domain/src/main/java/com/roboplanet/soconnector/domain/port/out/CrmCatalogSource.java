package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import java.util.List;

/** The CRM's own product catalogue: families and products, for listing and for seeding keywords. */
public interface CrmCatalogSource {

    /** @throws CrmCatalogException when the list cannot be read */
    List<ProductFamily> productFamilies(boolean includeDeleted);

    /** All products, in the CRM's id order. @throws CrmCatalogException when they cannot be read */
    List<CrmProduct> products();
}
