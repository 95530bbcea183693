package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.HeadingMatch;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductMatch;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.model.QuoteLine;
import com.roboplanet.soconnector.domain.model.Sale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Products from the structured places of a sale: quote lines and user-defined fields. A structured value
 * is mapped to a catalogue product where it can be (by code, or by the matcher over its code and name), so
 * that the same robot is one product whether it was quoted or written in the heading; otherwise it is
 * reported as the CRM has it. A quote line without a usable quantity is read as 1 with {@link
 * QuantitySource#DEFAULT}, a user-defined field always as 1 with {@link QuantitySource#UDF}: both leave the
 * count to the heading where it names the same product (see {@link SaleProducts}).
 */
final class StructuredProducts {
    private static final int MAX_QUANTITY = 9999;

    private final ProductCatalog catalog;
    private final ProductMatcher matcher;
    private final List<Pattern> udfPatterns;

    StructuredProducts(ProductCatalog catalog, ProductMatcher matcher, List<Pattern> udfPatterns) {
        this.catalog = catalog;
        this.matcher = matcher;
        this.udfPatterns = udfPatterns;
    }

    List<ProductMatch> fromQuoteLines(Sale sale) {
        List<ProductMatch> matches = new ArrayList<>();
        for (QuoteLine line : sale.quoteLines()) {
            String key = !line.code().isEmpty()
                    ? line.code()
                    : !line.productFamily().isEmpty() ? line.productFamily() : line.name();
            if (key.isEmpty()) {
                continue;
            }
            Product product = resolve(key, line.code() + " " + line.name(), line.name());
            String text = (line.code() + " " + line.name()).strip();
            int quantity = quantity(line.quantity());
            addOrMerge(
                    matches,
                    new ProductMatch(
                            sale,
                            product,
                            Math.max(quantity, 1),
                            quantity > 0 ? QuantitySource.QUOTE_LINE : QuantitySource.DEFAULT,
                            text,
                            MatchSource.QUOTE_LINE));
        }
        return matches;
    }

    List<ProductMatch> fromUserDefinedFields(Sale sale) {
        List<ProductMatch> matches = new ArrayList<>();
        if (udfPatterns.isEmpty()) {
            return matches;
        }
        for (Map.Entry<String, String> field : sale.userDefinedFields().entrySet()) {
            for (Pattern pattern : udfPatterns) {
                Matcher m = pattern.matcher(field.getValue());
                while (m.find()) {
                    String code = m.group().strip();
                    if (!code.isEmpty()) {
                        Product product = resolve(code, code, code);
                        addOrMerge(
                                matches, new ProductMatch(sale, product, 1, QuantitySource.UDF, code, MatchSource.UDF));
                    }
                }
            }
        }
        return matches;
    }

    private Product resolve(String code, String text, String name) {
        return catalog.byCode(code).orElseGet(() -> {
            HeadingMatch match = matcher.match(text);
            return match.isEmpty()
                    ? new Product(code, name.isEmpty() ? code : name, List.of())
                    : match.mentions().get(0).product();
        });
    }

    /** Two lines of one product are one row with their quantities added, as in the heading. */
    private static void addOrMerge(List<ProductMatch> matches, ProductMatch next) {
        for (int i = 0; i < matches.size(); i++) {
            ProductMatch existing = matches.get(i);
            if (existing.product().code().equalsIgnoreCase(next.product().code())) {
                int sum = Math.min(MAX_QUANTITY, existing.quantity() + next.quantity());
                matches.set(
                        i,
                        new ProductMatch(
                                existing.sale(),
                                existing.product(),
                                sum,
                                existing.quantitySource().weakerOf(next.quantitySource()),
                                existing.matchedText() + " | " + next.matchedText(),
                                existing.source()));
                return;
            }
        }
        matches.add(next);
    }

    /**
     * Quote quantities are decimals (hours of service, metres of cable): rounded half up. A line without a
     * quantity, or with one outside 1..9999 (the same range as for quantities in headings), has none: 0.
     */
    private static int quantity(BigDecimal quantity) {
        if (quantity == null) {
            return 0;
        }
        BigDecimal rounded = quantity.setScale(0, RoundingMode.HALF_UP);
        boolean inRange =
                rounded.compareTo(BigDecimal.ONE) >= 0 && rounded.compareTo(BigDecimal.valueOf(MAX_QUANTITY)) <= 0;
        return inRange ? rounded.intValueExact() : 0;
    }
}
