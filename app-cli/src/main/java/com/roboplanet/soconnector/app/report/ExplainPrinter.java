package com.roboplanet.soconnector.app.report;

import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.RecognisedProduct;
import com.roboplanet.soconnector.domain.port.in.SaleExplanation;
import com.roboplanet.soconnector.domain.port.in.SaleExplanation.StructuredStage;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code report --explain SALE_ID}: every stage the report takes with one sale, in its order of precedence (quote
 * lines, user-defined fields, the heading), for a person. The rows follow, written by the report's own sink. Text from
 * the sale is shown with its control characters written out ({@code \n}, {@code \t}, {@code \}{@code u001b}), so
 * that a heading with a line break stays on its line and nothing the sale holds can move the terminal's cursor.
 */
final class ExplainPrinter {
    private ExplainPrinter() {}

    static void print(SaleExplanation explanation, PrintWriter out) {
        Sale sale = explanation.record().sale();
        out.println("1. The record as the source returned it:");
        explanation.record().asReturned().lines().forEach(line -> out.println("   " + shown(line)));
        Customer customer = sale.customer();
        out.println("2. Customer: "
                + (customer != null
                        ? shown(customer.name()) + " (" + customer.contactId() + "), so the sale is reported"
                        : "none: the report skips this sale"));
        out.println("3. Quote lines (first: a product found here is reported from here):");
        stage(
                explanation.quoteLines(),
                "none: an export file has no quote lines",
                "not read (--no-quote-lines)",
                "none: the sale has no quote, or its quote has no lines",
                out);
        out.println("4. User-defined fields (second: product codes matching SO_UDF_PRODUCT_PATTERN in the fields of"
                + " SO_UDF_COLUMNS):");
        stage(
                explanation.userDefinedFields(),
                "none: an export file has no user-defined fields",
                "not scanned (SO_UDF_PRODUCT_PATTERN is empty)",
                "none with a value (the fields read are the ones SO_UDF_COLUMNS names)",
                out);
        heading(explanation, out);
        out.println("8. Rows the report writes for this sale (quote lines, then fields, then the heading; a product"
                + " once, from the first place that names it):");
        if (explanation.rows().isEmpty()) {
            out.println(
                    customer == null
                            ? "   none: the sale has no customer"
                            : "   none: no product found (with --include-unmatched, one row without product)");
        }
        out.flush();
    }

    private static void heading(SaleExplanation explanation, PrintWriter out) {
        out.println("5. Heading (last; invisible and control characters shown as \\uXXXX, \\n, \\t): \""
                + shown(explanation.headingShown()) + "\"");
        if (explanation.record().sale().heading().isBlank()) {
            out.println("   The heading is empty: nothing to match.");
            return;
        }
        out.println(
                "6. Normalised (folded, lower case, separators removed): \"" + shown(explanation.skeleton()) + "\"");
        List<String> candidates = explanation.candidates();
        if (candidates.isEmpty()) {
            out.println("7. No alias of the catalogue (" + explanation.catalogProducts() + " products, "
                    + explanation.catalogAliases() + " aliases) occurs in the normalised heading.");
        } else {
            out.println("7. Aliases found in the normalised heading:");
            for (int i = 0; i < candidates.size(); i++) {
                out.println("   #" + i + " " + shown(candidates.get(i)));
            }
        }
        out.println("   Heading result:");
        products(explanation.result(), "no product", out);
        if (!explanation.headingReportedElsewhere().isEmpty()) {
            out.println("   Reported in a quote line's or field's row, not a row of its own:");
            explanation.headingReportedElsewhere().forEach(line -> out.println("   " + line));
        }
    }

    private static void stage(
            StructuredStage stage, String notInSource, String notRead, String empty, PrintWriter out) {
        switch (stage.status()) {
            case NOT_IN_SOURCE -> out.println("   " + notInSource);
            case NOT_READ -> out.println("   " + notRead);
            case EMPTY -> out.println("   " + empty);
            case READ -> {
                stage.values().forEach(value -> out.println("   " + shown(value)));
                out.println("   Products (before the heading's counts apply):");
                products(stage.products(), "no product", out);
                if (!stage.placements().isEmpty()) {
                    out.println("   Placed by (ADR 0002, structured sources):");
                    stage.placements().forEach(line -> out.println("   " + line));
                }
            }
        }
    }

    private static void products(List<RecognisedProduct> products, String none, PrintWriter out) {
        if (products.isEmpty()) {
            out.println("   " + none);
        }
        for (RecognisedProduct product : products) {
            out.println("   " + shown(product.productCode()) + " x " + product.quantity() + " from \""
                    + shown(product.matchedText()) + "\"");
        }
    }

    /**
     * The text with its control characters, invisible format characters (zero-width space, soft hyphen, byte-order
     * mark) and spaces other than U+0020 written out: {@code \n}, {@code \r}, {@code \t}, else {@code \}{@code uXXXX}.
     */
    static String shown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    int type = Character.getType(c);
                    // Invisible in a terminal, yet they decide whether an alias matches: zero-width and other format
                    // characters, and every space that is not U+0020.
                    if (type == Character.CONTROL
                            || type == Character.FORMAT
                            || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR
                            || (type == Character.SPACE_SEPARATOR && c != ' ')) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
