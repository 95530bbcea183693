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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The products of one sale, from every place the report looks, in its order of precedence: quote lines, then
 * product codes in user-defined fields, then the heading. A product found in more than one place is reported
 * once, from the most structured one; a product of the heading that a quote line or field names in its code or name
 * ({@code CC1} beside the field {@code CH-CC1-01}, {@code BellaBot} beside the quote line {@code Ersatztablett
 * BellaBot}) is reported in that row too, because the structured value says what was sold and the heading only what
 * it was called. The quantity of a structured row is its own if it has one (a quote line with one), else the
 * heading's count with a marker for the same product ({@code 2x Omnie}), else for a product its code or name names,
 * else 1. A number without a marker in the heading does not replace a structured source's 1: the structured source
 * names the product, not the count.
 */
final class SaleProducts {
    private final ProductCatalog catalog;
    private final ProductMatcher matcher;
    private final StructuredProducts structured;

    /** @param crmProducts asked for a field's code that the catalogue and the sale's quote lines cannot place */
    SaleProducts(
            ProductCatalog catalog,
            ProductMatcher matcher,
            List<Pattern> udfPatterns,
            CrmProductNames.Lookup crmProducts) {
        this.catalog = catalog;
        this.matcher = matcher;
        this.structured = new StructuredProducts(catalog, matcher, udfPatterns, crmProducts);
    }

    /**
     * Every stage's findings and the rows they make.
     *
     * @param quoteLines the quote lines' products, before the heading's counts were applied
     * @param userDefinedFields the products of the user-defined fields, before the heading's counts were applied
     * @param heading what the matcher found in the heading ({@link HeadingMatch#NONE} for an empty one)
     * @param rows the rows the report writes for the sale, most structured source first
     * @param resolutions every quote line, then every code of the user-defined fields, with the product it was
     *     resolved to and the rule that did it
     * @param headingLeftOut the heading's mentions that have no row of their own, with the structured row they are
     *     reported in
     */
    record Stages(
            List<ProductMatch> quoteLines,
            List<ProductMatch> userDefinedFields,
            HeadingMatch heading,
            List<ProductMatch> rows,
            List<Resolution> resolutions,
            List<LeftOut> headingLeftOut) {}

    /**
     * A mention of the heading reported in a structured row rather than a row of its own.
     *
     * @param reportedIn the row (as written, with the count the mention may have given it)
     * @param sameProduct the row is of the mention's product; otherwise its code or name names that product
     */
    record LeftOut(Mention mention, ProductMatch reportedIn, boolean sameProduct) {
        LeftOut {
            Objects.requireNonNull(mention, "mention");
            Objects.requireNonNull(reportedIn, "reportedIn");
        }

        /** One line for a person, e.g. {@code "CC1" (CC1 x3) is reported in user-defined field "CH-CC1-01", ...}. */
        String describe() {
            String where = (reportedIn.source() == MatchSource.QUOTE_LINE ? "quote line" : "user-defined field") + " \""
                    + reportedIn.matchedText() + "\"";
            return "\"" + mention.matchedText() + "\" (" + mention.product().code() + " x" + mention.quantity()
                    + ") is reported in " + where
                    + (sameProduct
                            ? ", the same product"
                            : ", whose code or name names " + mention.product().code()
                                    + ": the structured value says what was sold");
        }
    }

    Stages of(Sale sale) {
        StructuredProducts.Found found = structured.of(sale);
        HeadingMatch heading = sale.heading().isBlank() ? HeadingMatch.NONE : matcher.match(sale.heading());
        List<ProductMatch> structuredRows = new ArrayList<>();
        addNew(structuredRows, found.quoteLines());
        addNew(structuredRows, found.userDefinedFields());

        Map<Integer, Set<String>> named = new HashMap<>();
        List<ProductMatch> headingRows = new ArrayList<>(heading.mentions().size());
        List<Mention> leftOutMentions = new ArrayList<>();
        List<Integer> leftOutRows = new ArrayList<>();
        List<Boolean> leftOutSame = new ArrayList<>();
        for (Mention mention : heading.mentions()) {
            String product = StructuredProducts.key(mention.product());
            int row = indexOfProduct(structuredRows, product);
            boolean same = row >= 0;
            for (int r = 0; row < 0 && r < structuredRows.size(); r++) {
                int index = r;
                Set<String> codes =
                        named.computeIfAbsent(index, k -> structured.productsNamedIn(structuredRows.get(k)));
                if (codes.contains(product)) {
                    row = r;
                }
            }
            if (row >= 0) {
                leftOutMentions.add(mention);
                leftOutRows.add(row);
                leftOutSame.add(same);
            } else {
                headingRows.add(new ProductMatch(
                        sale,
                        mention.product(),
                        mention.quantity(),
                        mention.quantitySource(),
                        mention.matchedText(),
                        MatchSource.HEADING));
            }
        }

        for (Mention part : heading.parts()) {
            // a part's product (CC1 in "3 pcs CC1 charging dock") is no row of its own, but gives the part's count
            // to a structured row whose code or name names that product (CH-CC1-01 in a field)
            String product = StructuredProducts.key(part.product());
            for (int r = 0; r < structuredRows.size(); r++) {
                int index = r;
                if (indexOfProduct(structuredRows, product) != r
                        && named.computeIfAbsent(index, k -> structured.productsNamedIn(structuredRows.get(k)))
                                .contains(product)) {
                    leftOutMentions.add(part);
                    leftOutRows.add(r);
                    leftOutSame.add(false);
                    break;
                }
            }
        }

        List<ProductMatch> rows = new ArrayList<>(structuredRows.size() + headingRows.size());
        for (int r = 0; r < structuredRows.size(); r++) {
            rows.add(withHeadingCount(structuredRows.get(r), r, leftOutMentions, leftOutRows, leftOutSame));
        }
        rows.addAll(headingRows);
        leaveOutFamiliesOfMembers(rows, structuredRows.size(), heading, leftOutMentions, leftOutRows, leftOutSame);
        List<LeftOut> leftOut = new ArrayList<>(leftOutMentions.size());
        for (int i = 0; i < leftOutMentions.size(); i++) {
            leftOut.add(new LeftOut(leftOutMentions.get(i), rows.get(leftOutRows.get(i)), leftOutSame.get(i)));
        }
        return new Stages(
                found.quoteLines(),
                found.userDefinedFields(),
                heading,
                List.copyOf(rows),
                found.resolutions(),
                List.copyOf(leftOut));
    }

    /**
     * A structured row without a quantity of its own takes the heading's count with a marker for the same product
     * ({@code 2xOmnie} with {@code RR-02-017-OMNIE} in a field is two), else for the first product its code or name
     * names ({@code 3 pcs CC1 charging dock} with {@code CH-CC1-01} in a field is three CH-CC1-01).
     */
    private static ProductMatch withHeadingCount(
            ProductMatch row, int index, List<Mention> mentions, List<Integer> rows, List<Boolean> same) {
        if (row.quantitySource() == QuantitySource.QUOTE_LINE) {
            return row;
        }
        Mention named = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            if (rows.get(i) != index || mention.quantitySource() != QuantitySource.MARKER) {
                continue;
            }
            if (same.get(i)) {
                return row.withQuantity(mention.quantity(), QuantitySource.MARKER);
            }
            if (named == null) {
                named = mention;
            }
        }
        return named == null ? row : row.withQuantity(named.quantity(), QuantitySource.MARKER);
    }

    /**
     * A heading's mention of a product family beside a product of that family ({@code CC1 Reinigungsroboter}, with the
     * CRM's families in the catalogue) is the product: the family has no row of its own.
     */
    private void leaveOutFamiliesOfMembers(
            List<ProductMatch> rows,
            int firstHeadingRow,
            HeadingMatch heading,
            List<Mention> mentions,
            List<Integer> rowsOfMentions,
            List<Boolean> same) {
        for (int h = rows.size() - 1; h >= firstHeadingRow; h--) {
            String family = rows.get(h).product().code();
            for (int m = 0; m < rows.size(); m++) {
                if (m != h && catalog.isFamilyOf(family, rows.get(m).product().code())) {
                    Mention mention = mentionOf(heading, rows.get(h));
                    rows.remove(h);
                    for (int i = 0; i < rowsOfMentions.size(); i++) {
                        if (rowsOfMentions.get(i) > h) {
                            rowsOfMentions.set(i, rowsOfMentions.get(i) - 1);
                        }
                    }
                    mentions.add(mention);
                    rowsOfMentions.add(m < h ? m : m - 1);
                    same.add(false);
                    break;
                }
            }
        }
    }

    private static Mention mentionOf(HeadingMatch heading, ProductMatch row) {
        for (Mention mention : heading.mentions()) {
            if (mention.product().equals(row.product())) {
                return mention;
            }
        }
        throw new IllegalStateException("no mention of " + row.product().code() + " in the heading");
    }

    private static int indexOfProduct(List<ProductMatch> rows, String product) {
        for (int r = 0; r < rows.size(); r++) {
            if (StructuredProducts.key(rows.get(r).product()).equals(product)) {
                return r;
            }
        }
        return -1;
    }

    /** Adds the matches whose product is not there yet: the earlier, more structured source wins. */
    private static void addNew(List<ProductMatch> found, List<ProductMatch> more) {
        Set<String> codes = new HashSet<>();
        found.forEach(m -> codes.add(StructuredProducts.key(m.product())));
        for (ProductMatch m : more) {
            if (codes.add(StructuredProducts.key(m.product()))) {
                found.add(m);
            }
        }
    }
}
