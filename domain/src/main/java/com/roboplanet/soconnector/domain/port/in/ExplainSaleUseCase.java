package com.roboplanet.soconnector.domain.port.in;

import java.util.Optional;

/** Explains how the report reads one sale: the record, the customer, the heading and every candidate alias. */
public interface ExplainSaleUseCase {

    /**
     * @return empty when the origin has no sale with that id
     * @throws com.roboplanet.soconnector.domain.port.out.SaleSourceException when the sale cannot be read
     */
    Optional<SaleExplanation> explain(ExplainSaleCommand command);
}
