package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CRM sale as the CRM returned it and as the connector reads it.
 *
 * @param fullRecord null unless asked for and found
 * @param products what the built-in catalogue recognises in the heading
 */
public record InspectedSale(SaleRecord record, String fullRecord, List<RecognisedProduct> products) {
    public InspectedSale {
        Objects.requireNonNull(record, "record");
        products = List.copyOf(products);
    }

    public Optional<String> fullRecordIfFound() {
        return Optional.ofNullable(fullRecord);
    }
}
