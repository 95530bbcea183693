package com.roboplanet.soconnector.domain.port.out;

import java.util.List;
import java.util.Optional;

/**
 * Sales with the records they were read from, for a person to inspect when a report looks wrong: the same rows,
 * columns and order as the {@link SaleSource} of the same origin reads.
 */
public interface SaleRecords {

    /**
     * The sales the query selects, in the query's order.
     *
     * @throws SaleSourceException when they cannot be read
     */
    List<SaleRecord> latest(SaleQuery query);

    /** One sale; empty when the source has no sale with that id. @throws SaleSourceException */
    Optional<SaleRecord> find(long saleId);

    /**
     * Everything the source knows about one sale (for SuperOffice the entity, {@code GET Sale/{id}}, where the
     * archive row has only the report's columns); empty when there is no such sale. @throws SaleSourceException
     */
    Optional<String> fullRecord(long saleId);
}
