package com.roboplanet.soconnector.domain.port.in;

import java.util.List;

/** Shows CRM sales exactly as the CRM returned them, each with how the connector reads it. */
public interface InspectSalesUseCase {

    /**
     * The latest sales that pass the filters (searched among the latest {@link #SEARCH_WINDOW}), or the one sale
     * asked for; empty when there is no such sale.
     *
     * @throws com.roboplanet.soconnector.domain.port.out.SaleSourceException when the CRM cannot be read
     */
    List<InspectedSale> inspect(InspectSalesCommand command);

    /** How many of the latest sales are searched for the filtered views. */
    int SEARCH_WINDOW = 1000;
}
