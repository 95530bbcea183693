package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.Sale;
import java.util.function.Consumer;

/** Where sales come from: a CRM or an export. Streams, so that memory does not grow with the sales read. */
public interface SaleSource {

    /**
     * Hands each sale matching the query to the consumer, in the query's order, and says what it did.
     *
     * @throws SaleSourceException when the sales cannot be read; nothing read so far is trustworthy
     */
    SaleSourceReport read(SaleQuery query, Consumer<Sale> consumer);
}
