package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.ProductCatalog;

/**
 * Adds the CRM's product families and products (names and codes) to a catalogue for one run ({@code report
 * --catalog-from-crm}).
 */
public interface MergeCrmCatalogUseCase {

    /** @throws com.roboplanet.soconnector.domain.port.out.CrmCatalogException when the CRM cannot be read */
    ProductCatalog merge(MergeCrmCatalogCommand command);
}
