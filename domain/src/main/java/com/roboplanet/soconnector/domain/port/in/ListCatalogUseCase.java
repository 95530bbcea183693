package com.roboplanet.soconnector.domain.port.in;

/** Lists the CRM's product families and products, for a person choosing catalogue keywords. */
public interface ListCatalogUseCase {

    /** @throws com.roboplanet.soconnector.domain.port.out.CrmCatalogException when the CRM cannot be read */
    CrmCatalogListing list(ListCatalogCommand command);
}
