package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.Sale;
import java.util.Objects;

/**
 * A sale as the domain reads it, beside the record it was read from, for a person checking the reading.
 *
 * @param asReturned the record exactly as the source returned it, as text: pretty-printed JSON of a CRM archive
 *     row, or an export file's header and fields with the line they start on
 */
public record SaleRecord(Sale sale, String asReturned) {
    public SaleRecord {
        Objects.requireNonNull(sale, "sale");
        Objects.requireNonNull(asReturned, "asReturned");
    }
}
