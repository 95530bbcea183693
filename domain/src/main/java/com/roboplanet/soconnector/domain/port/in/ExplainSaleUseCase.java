package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.port.out.ReportDestination;
import java.util.Optional;

/**
 * Explains how the report reads one sale: the record, the customer, the quote lines, the user-defined fields, the
 * heading with every candidate alias, and the rows the report writes for it.
 */
public interface ExplainSaleUseCase {

    /**
     * @return empty when the origin has no sale with that id
     * @throws com.roboplanet.soconnector.domain.port.out.SaleSourceException when the sale cannot be read
     */
    Optional<SaleExplanation> explain(ExplainSaleCommand command);

    /**
     * Writes the explanation's rows (and its one-sale summary, where the format has room for it) exactly as
     * {@code report} writes rows, through the same sink.
     *
     * @throws com.roboplanet.soconnector.domain.port.out.ReportSinkException when the destination cannot be written
     */
    void writeRows(SaleExplanation explanation, ReportDestination destination);
}
