package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.HeadingMatch;
import com.roboplanet.soconnector.domain.matching.Mention;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductMatch;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.model.Sale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The products of one sale, from every place the report looks, in its order of precedence: quote lines, then
 * product codes in user-defined fields, then the heading. A product found in more than one place is reported
 * once, from the most structured one; its quantity is the structured one if that place has a quantity (a
 * quote line with one), else the heading's count with a marker for the same product ({@code 2x Omnie}), else 1.
 * A number without a marker in the heading does not replace a structured source's 1: the structured source
 * names the product, not the count.
 */
final class SaleProducts {
    private final ProductMatcher matcher;
    private final StructuredProducts structured;

    SaleProducts(ProductCatalog catalog, ProductMatcher matcher, List<Pattern> udfPatterns) {
        this.matcher = matcher;
        this.structured = new StructuredProducts(catalog, matcher, udfPatterns);
    }

    /**
     * Every stage's findings and the rows they make.
     *
     * @param quoteLines the quote lines' products, before the heading's counts were applied
     * @param userDefinedFields the products of the user-defined fields, before the heading's counts were applied
     * @param heading what the matcher found in the heading ({@link HeadingMatch#NONE} for an empty one)
     * @param rows the rows the report writes for the sale, most structured source first
     */
    record Stages(
            List<ProductMatch> quoteLines,
            List<ProductMatch> userDefinedFields,
            HeadingMatch heading,
            List<ProductMatch> rows) {}

    Stages of(Sale sale) {
        List<ProductMatch> quoteLines = structured.fromQuoteLines(sale);
        List<ProductMatch> fields = structured.fromUserDefinedFields(sale);
        HeadingMatch heading = sale.heading().isBlank() ? HeadingMatch.NONE : matcher.match(sale.heading());
        List<ProductMatch> fromHeading = new ArrayList<>(heading.mentions().size());
        for (Mention mention : heading.mentions()) {
            fromHeading.add(new ProductMatch(
                    sale,
                    mention.product(),
                    mention.quantity(),
                    mention.quantitySource(),
                    mention.matchedText(),
                    MatchSource.HEADING));
        }
        List<ProductMatch> rows = new ArrayList<>();
        addNew(rows, withHeadingCounts(quoteLines, fromHeading));
        addNew(rows, withHeadingCounts(fields, fromHeading));
        addNew(rows, fromHeading);
        return new Stages(quoteLines, fields, heading, List.copyOf(rows));
    }

    /**
     * Structured matches without a quantity of their own take the heading's count with a marker for the same
     * product ({@code 2xOmnie} with {@code RR-02-017-OMNIE} in a field is two).
     */
    private static List<ProductMatch> withHeadingCounts(List<ProductMatch> structured, List<ProductMatch> heading) {
        List<ProductMatch> result = new ArrayList<>(structured.size());
        for (ProductMatch m : structured) {
            ProductMatch counted = m;
            if (m.quantitySource() != QuantitySource.QUOTE_LINE) {
                for (ProductMatch h : heading) {
                    if (h.quantitySource() == QuantitySource.MARKER && sameProduct(h, m)) {
                        counted = m.withQuantity(h.quantity(), QuantitySource.MARKER);
                        break;
                    }
                }
            }
            result.add(counted);
        }
        return result;
    }

    private static boolean sameProduct(ProductMatch a, ProductMatch b) {
        return a.product().code().equalsIgnoreCase(b.product().code());
    }

    /** Adds the matches whose product is not there yet: the earlier, more structured source wins. */
    private static void addNew(List<ProductMatch> found, List<ProductMatch> more) {
        Set<String> codes = new HashSet<>();
        found.forEach(m -> codes.add(m.product().code().toUpperCase(Locale.ROOT)));
        for (ProductMatch m : more) {
            if (codes.add(m.product().code().toUpperCase(Locale.ROOT))) {
                found.add(m);
            }
        }
    }
}
