package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.Candidate;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.matching.TextNormalizer;
import com.roboplanet.soconnector.domain.matching.Verdict;
import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductMatch;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.model.QuoteLine;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.service.Resolution.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Products from the structured places of a sale: quote lines and user-defined fields. A structured value names one
 * product of the CRM, so it is mapped to a catalogue product only by the whole of its code or name, or by an alias
 * its name starts with (the rules of {@link Resolution.Rule}, tried in order), never because its code or name merely
 * contains another product's alias: {@code CH-CC1-01 Ladestation CC1} is the charger, not the CC1 robot, and {@code
 * SP-BRUSH-CC1 Bürstenset CC1} stays the brush set it is. A value no rule maps is reported as the CRM has it. A quote
 * line without a usable quantity is read as 1 with {@link QuantitySource#DEFAULT}, a user-defined field always as 1
 * with {@link QuantitySource#UDF}: both leave the count to the heading where it names the same product (see {@link
 * SaleProducts}).
 */
final class StructuredProducts {
    private static final int MAX_QUANTITY = 9999;

    private final ProductCatalog catalog;
    private final ProductMatcher matcher;
    private final CatalogueNames names;
    private final List<Pattern> udfPatterns;
    private final CrmProductNames.Lookup crmProducts;

    /** @param crmProducts asked for a field's code that the catalogue and the sale's quote lines cannot place */
    StructuredProducts(
            ProductCatalog catalog,
            ProductMatcher matcher,
            List<Pattern> udfPatterns,
            CrmProductNames.Lookup crmProducts) {
        this.catalog = catalog;
        this.matcher = matcher;
        this.names = CatalogueNames.of(catalog);
        this.udfPatterns = udfPatterns;
        this.crmProducts = crmProducts;
    }

    /**
     * @param resolutions every quote line, then every product code found in the user-defined fields, each with the
     *     product it was resolved to and the rule that did it
     * @param quoteLines the quote lines' rows, lines of one product added up
     * @param userDefinedFields the user-defined fields' rows, codes of one product counted once
     */
    record Found(List<Resolution> resolutions, List<ProductMatch> quoteLines, List<ProductMatch> userDefinedFields) {}

    Found of(Sale sale) {
        List<Resolution> lines = new ArrayList<>();
        List<Integer> quantities = new ArrayList<>();
        for (QuoteLine line : sale.quoteLines()) {
            String code = !line.code().isEmpty() ? line.code() : line.productFamily();
            if (code.isEmpty() && line.name().isEmpty()) {
                continue;
            }
            lines.add(resolveLine(MatchSource.QUOTE_LINE, code, line.name()));
            quantities.add(quantity(line.quantity()));
        }
        keepAccessoriesApart(lines);
        List<ProductMatch> quoteLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Resolution line = lines.get(i);
            int quantity = quantities.get(i);
            addOrMerge(
                    quoteLines,
                    new ProductMatch(
                            sale,
                            line.product(),
                            Math.max(quantity, 1),
                            quantity > 0 ? QuantitySource.QUOTE_LINE : QuantitySource.DEFAULT,
                            line.text(),
                            MatchSource.QUOTE_LINE));
        }
        List<Resolution> resolutions = new ArrayList<>(lines);
        List<ProductMatch> fields = new ArrayList<>();
        for (String code : fieldCodes(sale)) {
            Resolution field = resolveField(code, lines);
            resolutions.add(field);
            // with the CRM's name, if it was asked: like a quote line's, the text then names what the field is
            addOrMerge(
                    fields,
                    new ProductMatch(sale, field.product(), 1, QuantitySource.UDF, field.text(), MatchSource.UDF));
        }
        return new Found(List.copyOf(resolutions), List.copyOf(quoteLines), List.copyOf(fields));
    }

    /**
     * The catalogue products a structured row names beside what it is: those whose aliases occur in its code or name,
     * or in the name of the product it was resolved to, standing on their own, also where a longer alias holds the
     * characters ({@code CC1} in {@code CH-CC1-01} when {@code CH-CC1-01} is itself an alias; {@code BellaBot} in the
     * name {@code Ladestation BellaBot} of the product {@code CH-BB-01}).
     */
    Set<String> productsNamedIn(ProductMatch row) {
        Set<String> codes = new HashSet<>();
        String text = row.matchedText() + " | " + row.product().name();
        for (Candidate candidate : matcher.explain(text).candidates()) {
            // a part's name names the product it is for (Ersatztablett BellaBot names BELLABOT)
            if (candidate.verdict().counted()
                    || candidate.verdict() == Verdict.OVERLAPPED
                    || candidate.verdict() == Verdict.ACCESSORY) {
                codes.add(key(candidate.product()));
            }
        }
        return codes;
    }

    static String key(Product product) {
        return product.code().toUpperCase(java.util.Locale.ROOT);
    }

    private List<String> fieldCodes(Sale sale) {
        List<String> codes = new ArrayList<>();
        if (udfPatterns.isEmpty()) {
            return codes;
        }
        for (Map.Entry<String, String> field : sale.userDefinedFields().entrySet()) {
            for (Pattern pattern : udfPatterns) {
                Matcher m = pattern.matcher(field.getValue());
                while (m.find()) {
                    String code = m.group().strip();
                    if (!code.isEmpty()) {
                        codes.add(code);
                    }
                }
            }
        }
        return codes;
    }

    /** Rules S1 to S4 for a code and a name, in order: a quote line's, or a field's code with the CRM's name. */
    private Resolution resolveLine(MatchSource source, String code, String name) {
        if (!code.isEmpty()) {
            Optional<Product> byCode = catalog.byCode(code);
            if (byCode.isPresent()) {
                return new Resolution(source, code, name, byCode.get(), Rule.CODE, "");
            }
            Optional<CatalogueNames.Named> whole = names.whole(code);
            if (whole.isPresent()) {
                return new Resolution(
                        source,
                        code,
                        name,
                        whole.get().product(),
                        Rule.WHOLE_CODE,
                        whole.get().describe());
            }
        }
        if (!name.isEmpty()) {
            Optional<CatalogueNames.Named> whole = names.whole(name);
            if (whole.isPresent()) {
                return new Resolution(
                        source,
                        code,
                        name,
                        whole.get().product(),
                        Rule.WHOLE_NAME,
                        whole.get().describe());
            }
            Optional<Resolution> start = nameStart(source, code, name);
            if (start.isPresent()) {
                return start.get();
            }
        }
        return crmProduct(
                source,
                code,
                name,
                "no catalogue product has this code, alias or name, and the name starts with none of their aliases");
    }

    /**
     * The product whose alias the name starts with, with at most words of that product's catalogue name before it
     * ({@code Pudu} in {@code Pudu CC1 cleaning robot} for {@code Pudu CC1 Reinigungsroboter}).
     */
    private Optional<Resolution> nameStart(MatchSource source, String code, String name) {
        for (Candidate candidate : matcher.explain(name).candidates()) {
            if (candidate.verdict() != Verdict.ACCEPTED) {
                continue;
            }
            Product product = candidate.product();
            Set<String> own = new HashSet<>(words(product.name()));
            List<String> before = words(name.substring(0, candidate.start()));
            if (!own.containsAll(before)) {
                return Optional.empty();
            }
            String detail = "alias " + candidate.alias() + " of " + product.code()
                    + (before.isEmpty() ? "" : " after \"" + String.join(" ", before) + "\" of its name");
            return Optional.of(new Resolution(source, code, name, product, Rule.NAME_START, detail));
        }
        return Optional.empty();
    }

    /**
     * A line mapped only by the start of its name to a product that another line of the sale is by code or name
     * ({@code CC1 Ladestation} beside {@code PD-CC1-01 Pudu CC1 Reinigungsroboter}) is something that goes with that
     * product, not more of it: it stays the CRM's product, so that a charger's quantity is never added to a robot's.
     */
    private static void keepAccessoriesApart(List<Resolution> lines) {
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, apartFromLines(lines.get(i), lines));
        }
    }

    /** The value as the CRM has it when only its name's start placed it with a product a quote line is by name. */
    private static Resolution apartFromLines(Resolution value, List<Resolution> lines) {
        if (value.rule() != Rule.NAME_START) {
            return value;
        }
        for (Resolution other : lines) {
            boolean strong =
                    other.rule() == Rule.CODE || other.rule() == Rule.WHOLE_CODE || other.rule() == Rule.WHOLE_NAME;
            if (strong
                    && key(other.product()).equals(key(value.product()))
                    && !other.code().equalsIgnoreCase(value.code())) {
                return crmProduct(
                        value.source(),
                        value.code(),
                        value.name(),
                        "because its name starts with " + value.detail() + ", but quote line \"" + other.text()
                                + "\" is " + value.product().code()
                                + " by its code or name: what goes with a product is not more of it");
            }
        }
        return value;
    }

    private Resolution resolveField(String code, List<Resolution> lines) {
        MatchSource source = MatchSource.UDF;
        Optional<Product> byCode = catalog.byCode(code);
        if (byCode.isPresent()) {
            return new Resolution(source, code, "", byCode.get(), Rule.CODE, "");
        }
        Optional<CatalogueNames.Named> whole = names.whole(code);
        if (whole.isPresent()) {
            return new Resolution(
                    source,
                    code,
                    "",
                    whole.get().product(),
                    Rule.WHOLE_CODE,
                    whole.get().describe());
        }
        String skeleton = TextNormalizer.skeleton(code);
        for (Resolution line : lines) {
            if (skeleton.equals(TextNormalizer.skeleton(line.code()))
                    || skeleton.equals(TextNormalizer.skeleton(line.name()))) {
                return new Resolution(
                        source,
                        code,
                        "",
                        line.product(),
                        Rule.SAME_AS_QUOTE_LINE,
                        "quote line \"" + line.text() + "\"");
            }
        }
        Optional<CrmProduct> known = crmProducts.byCode(code);
        if (known.isEmpty() || known.get().name().isEmpty()) {
            return crmProduct(
                    source,
                    code,
                    "",
                    "no catalogue product and no quote line of the sale has this code, alias or name, and the CRM's"
                            + " products have no name for it");
        }
        // S3, S4 on the name the CRM gives the code: a field says PD-BB-PRO-01, the CRM that it is Pudu BellaBot Pro
        return apartFromLines(resolveLine(source, code, known.get().name()), lines);
    }

    private static Resolution crmProduct(MatchSource source, String code, String name, String detail) {
        Product product = new Product(code.isEmpty() ? name : code, name.isEmpty() ? code : name, List.of());
        return new Resolution(source, code, name, product, Rule.CRM_PRODUCT, detail);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : TextNormalizer.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
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
