package com.roboplanet.soconnector.app.report;

import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.RecognisedProduct;
import com.roboplanet.soconnector.domain.port.in.SaleExplanation;
import java.io.PrintWriter;
import java.util.List;

/** {@code report --explain SALE_ID}: every step the matcher took on one heading, for a person. */
final class ExplainPrinter {
    private ExplainPrinter() {}

    static void print(SaleExplanation explanation, PrintWriter out) {
        Sale sale = explanation.record().sale();
        out.println("1. The record as the source returned it:");
        explanation.record().asReturned().lines().forEach(line -> out.println("   " + line));
        out.println("2. Customer: "
                + (sale.customer() != null ? "linked, so the sale is reported" : "none: the report skips this sale"));
        out.println("3. Heading: \"" + sale.heading() + "\"");
        if (sale.heading().isBlank()) {
            out.println("   The heading is empty: nothing to match.");
            return;
        }
        out.println("4. Normalised (folded, lower case, separators removed): \"" + explanation.skeleton() + "\"");
        List<String> candidates = explanation.candidates();
        if (candidates.isEmpty()) {
            out.println("5. No alias of the catalogue (" + explanation.catalogProducts() + " products, "
                    + explanation.catalogAliases() + " aliases) occurs in the normalised heading.");
        } else {
            out.println("5. Aliases found in the normalised heading:");
            for (int i = 0; i < candidates.size(); i++) {
                out.println("   #" + i + " " + candidates.get(i));
            }
        }
        out.println("6. Result:");
        if (explanation.result().isEmpty()) {
            out.println("   no product");
        }
        for (RecognisedProduct product : explanation.result()) {
            out.println("   " + product.productCode() + " x " + product.quantity() + " from \"" + product.matchedText()
                    + "\"");
        }
        out.flush();
    }
}
