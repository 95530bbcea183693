package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.CatalogProposal;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.out.FileProblem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a catalogue file that {@link CsvCatalogReader} reads back: UTF-8 without BOM, comma, LF, header
 * {@code code,name,aliases}. Proposals are written commented out, so that nothing enters the catalogue
 * unreviewed:
 *
 * <pre>
 * # proposed: 12 unmatched headings, e.g. "KettyBot inkl. Einweisung"; "2x Ketty Bot"
 * # PROPOSED,KETTYBOT,KettyBot,KettyBot|Ketty Bot
 * </pre>
 *
 * Deleting {@code # PROPOSED,} from the second line accepts the proposal. A proposal for a product the catalogue has
 * (new aliases of it) repeats its aliases and says so: it replaces the product's active line, which is then deleted,
 * because a catalogue has each code once. The file is replaced atomically.
 */
public final class CsvCatalogWriter {
    private static final String PROPOSED = "# PROPOSED,";
    private static final int EXAMPLES = 3;
    private static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(',')
            .setRecordSeparator("\n")
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    /** @throws UncheckedIOException naming the target when the file cannot be written; the target is then untouched */
    public void write(Path target, ProductCatalog catalog, List<CatalogProposal> proposals) {
        try (AtomicFile file = AtomicFile.begin(target)) {
            try (Writer out = file.newWriter()) {
                out.write("code,name,aliases\n");
                for (Product product : catalog.products()) {
                    out.write(line(product));
                }
                for (CatalogProposal proposal : proposals) {
                    String code = proposal.product().code();
                    out.write("# proposed"
                            + (catalog.byCode(code).isPresent()
                                    ? " to replace the active line of " + oneLine(code) + " above"
                                    : "")
                            + ": " + proposal.headingCount() + " unmatched headings" + examples(proposal) + "\n");
                    out.write(PROPOSED + line(proposal.product()));
                }
            }
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write catalogue " + target + ": " + FileProblem.reason(target, e), e);
        }
    }

    private static String line(Product product) throws IOException {
        StringWriter line = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(line, FORMAT)) {
            printer.printRecord(
                    oneLine(product.code()), oneLine(product.name()), oneLine(String.join("|", product.aliases())));
        }
        return line.toString();
    }

    /** A line break inside a field would end a commented-out proposal early and activate its rest. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }

    /** Examples go into a comment line, so line breaks in a heading must not end the comment early. */
    private static String examples(CatalogProposal proposal) {
        if (proposal.examples().isEmpty()) {
            return "";
        }
        return ", e.g. "
                + proposal.examples().stream()
                        .limit(EXAMPLES)
                        .map(e -> "\"" + oneLine(e) + "\"")
                        .collect(Collectors.joining("; "));
    }
}
