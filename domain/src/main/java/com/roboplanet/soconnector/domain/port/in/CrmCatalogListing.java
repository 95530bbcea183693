package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import java.util.List;

/**
 * The CRM's own catalogue as it stands.
 *
 * @param families in the CRM's list order
 * @param products in the CRM's id order
 */
public record CrmCatalogListing(List<ProductFamily> families, List<CrmProduct> products) {
    public CrmCatalogListing {
        families = List.copyOf(families);
        products = List.copyOf(products);
    }
}
