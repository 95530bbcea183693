package com.roboplanet.soconnector.domain.port.out;

import java.util.List;
import java.util.Optional;

/**
 * Sales exactly as the CRM returned them, for a person to inspect when a report looks wrong: the list
 * row the report reads and the full record. Text is pretty-printed JSON.
 */
public interface RawSaleInspector {

    /** A raw sale as the CRM's list answered it. */
    record RawSale(long saleId, String listRow) {}

    /**
     * The list rows of the sales the query selects, in the query's order.
     *
     * @throws SaleSourceException when they cannot be read
     */
    List<RawSale> listRows(SaleQuery query);

    /** The list row of one sale; empty when the CRM has no such sale. @throws SaleSourceException */
    Optional<RawSale> listRow(long saleId);

    /** The full record of one sale; empty when the CRM has no such sale. @throws SaleSourceException */
    Optional<String> fullRecord(long saleId);
}
