package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.ProductMatch;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.model.Sale;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the customer-product report: a (sale, product) pair, or a sale with no product when
 * unmatched sales are included.
 *
 * @param saleDate null when unknown
 * @param customerId 0 when the sale has no customer
 * @param quantity 0 and {@code source} null for an unmatched sale
 * @param quantitySource how the quantity was read; null for an unmatched sale
 */
public record ReportRow(
        long saleId,
        LocalDate saleDate,
        long customerId,
        String customerName,
        String salesRep,
        String saleHeading,
        String productCode,
        String productName,
        int quantity,
        String matchedText,
        MatchSource source,
        QuantitySource quantitySource) {

    public ReportRow {
        customerName = Objects.requireNonNullElse(customerName, "");
        salesRep = Objects.requireNonNullElse(salesRep, "");
        saleHeading = Objects.requireNonNullElse(saleHeading, "");
        productCode = Objects.requireNonNullElse(productCode, "");
        productName = Objects.requireNonNullElse(productName, "");
        matchedText = Objects.requireNonNullElse(matchedText, "");
        if ((source == null) != (quantitySource == null)) {
            throw new IllegalArgumentException(
                    "a matched row has both a source and a quantity source, an unmatched row neither");
        }
    }

    public static ReportRow of(ProductMatch match) {
        Sale sale = match.sale();
        return new ReportRow(
                sale.id(),
                sale.date(),
                customerId(sale),
                customerName(sale),
                sale.salesRep(),
                sale.heading(),
                match.product().code(),
                match.product().name(),
                match.quantity(),
                match.matchedText(),
                match.source(),
                match.quantitySource());
    }

    public static ReportRow unmatched(Sale sale) {
        return new ReportRow(
                sale.id(),
                sale.date(),
                customerId(sale),
                customerName(sale),
                sale.salesRep(),
                sale.heading(),
                "",
                "",
                0,
                "",
                null,
                null);
    }

    public boolean matched() {
        return source != null;
    }

    private static long customerId(Sale sale) {
        return sale.customer() == null ? 0 : sale.customer().contactId();
    }

    private static String customerName(Sale sale) {
        return sale.customer() == null ? "" : sale.customer().name();
    }
}
