package com.roboplanet.soconnector.app.suggest;

import com.roboplanet.soconnector.app.TextTable;
import com.roboplanet.soconnector.domain.port.in.CoveredKeyword;
import com.roboplanet.soconnector.domain.port.in.KeywordProposal;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The proposals as an aligned text table, and the keywords left out because an existing alias covers them; the last
 * column (examples) is not padded. FOR PRODUCT is the catalogue product a near miss or CRM code is a new alias of, or the CRM's
 * own code of a CRM product name.
 */
final class ProposalTable {
    private static final List<String> HEADER = List.of("KIND", "PROPOSAL", "FOR PRODUCT", "COUNT", "EXAMPLES");
    private static final List<String> COVERED_HEADER =
            List.of("KEYWORD", "COVERED BY ALIAS", "OF PRODUCT", "COUNT", "EXAMPLES");

    private ProposalTable() {}

    /**
     * Keywords not proposed because an alias of the catalogue already covers them once folded: accepting them would
     * give one alias to two products. The headings they come from miss the alias for another reason; {@code report
     * --explain} on one of them shows which.
     */
    static void printCovered(List<CoveredKeyword> covered, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        for (CoveredKeyword c : covered) {
            rows.add(List.of(
                    oneLine(c.text()),
                    oneLine(c.alias()),
                    c.productCode(),
                    String.valueOf(c.headingCount()),
                    String.join(
                            " | ",
                            c.examples().stream().map(ProposalTable::oneLine).toList())));
        }
        TextTable.print(COVERED_HEADER, rows, out);
    }

    static void print(List<KeywordProposal> proposals, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        for (KeywordProposal p : proposals) {
            rows.add(List.of(
                    kind(p.kind()),
                    oneLine(p.text()),
                    p.existingProductCode().or(p::crmProductCode).orElse(""),
                    String.valueOf(p.headingCount()),
                    String.join(
                            " | ",
                            p.examples().stream().map(ProposalTable::oneLine).toList())));
        }
        TextTable.print(HEADER, rows, out);
    }

    static String kind(KeywordProposal.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A heading with a line break would break the table's alignment. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
