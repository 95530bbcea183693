package com.roboplanet.soconnector.domain.port.out;

/**
 * Turns the user's choice of where sales come from into the adapter that reads them. Implemented by the
 * composition root; asking for a CRM source is what opens the CRM connection.
 */
public interface SaleSources {

    /** The sales of the origin, streamed. */
    SaleSource source(SaleOrigin origin);

    /** The same sales, one by one, each with the record exactly as the origin returned it. */
    SaleRecords records(SaleOrigin origin);
}
