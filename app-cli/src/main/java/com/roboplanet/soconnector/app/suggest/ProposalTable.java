package com.roboplanet.soconnector.app.suggest;

import com.roboplanet.soconnector.app.TextTable;
import com.roboplanet.soconnector.domain.port.in.KeywordProposal;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The proposals as an aligned text table; the last column (examples) is not padded. */
final class ProposalTable {
    private static final List<String> HEADER = List.of("KIND", "PROPOSAL", "FOR PRODUCT", "COUNT", "EXAMPLES");

    private ProposalTable() {}

    static void print(List<KeywordProposal> proposals, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        for (KeywordProposal p : proposals) {
            rows.add(List.of(
                    kind(p.kind()),
                    oneLine(p.text()),
                    p.existingProductCode().orElse(""),
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
