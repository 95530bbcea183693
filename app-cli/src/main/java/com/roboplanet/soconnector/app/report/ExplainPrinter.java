package com.roboplanet.soconnector.app.report;

import com.roboplanet.soconnector.domain.matching.Candidate;
import com.roboplanet.soconnector.domain.matching.MatchExplanation;
import com.roboplanet.soconnector.domain.matching.Mention;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.io.PrintWriter;
import java.util.List;

/** {@code report --explain SALE_ID}: every step the matcher took on one heading, for a person. */
final class ExplainPrinter {
    private ExplainPrinter() {}

    static void print(String raw, String heading, boolean hasCustomer, ProductCatalog catalog, PrintWriter out) {
        out.println("1. The record as the source returned it:");
        raw.lines().forEach(line -> out.println("   " + line));
        out.println("2. Customer: "
                + (hasCustomer ? "linked, so the sale is reported" : "none: the report skips this sale"));
        out.println("3. Heading: \"" + heading + "\"");
        if (heading.isBlank()) {
            out.println("   The heading is empty: nothing to match.");
            return;
        }
        MatchExplanation explanation = ProductMatcher.of(catalog).explain(heading);
        out.println("4. Normalised (folded, lower case, separators removed): \"" + explanation.skeleton() + "\"");
        List<Candidate> candidates = explanation.candidates();
        if (candidates.isEmpty()) {
            out.println("5. No alias of the catalogue (" + catalog.size() + " products, " + catalog.aliasCount()
                    + " aliases) occurs in the normalised heading.");
        } else {
            out.println("5. Aliases found in the normalised heading:");
            for (int i = 0; i < candidates.size(); i++) {
                out.println("   #" + i + " " + candidates.get(i).describe());
            }
        }
        out.println("6. Result:");
        if (explanation.result().isEmpty()) {
            out.println("   no product");
        }
        for (Mention mention : explanation.result().mentions()) {
            out.println("   " + mention.product().code() + " x " + mention.quantity() + " from \""
                    + mention.matchedText() + "\"");
        }
        out.flush();
    }
}
