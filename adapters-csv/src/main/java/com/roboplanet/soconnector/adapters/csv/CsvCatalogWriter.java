package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.CatalogProposal;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.out.FileProblem;
import java.io.BufferedReader;
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
 * Writes a catalogue file that {@link CsvCatalogReader} reads back: UTF-8 without BOM, LF. A catalogue read from a file
 * is written as that file's lines, comments and blank lines included (so that the format explanation and a person's
 * notes survive), in its delimiter; the built-in keywords are written with the header {@code code,name,aliases}, one
 * product a line. Proposals follow, commented out, so that nothing enters the catalogue unreviewed:
 *
 * <pre>
 * # proposed: 12 unmatched headings, e.g. "KettyBot inkl. Einweisung"; "2x Ketty Bot"
 * # PROPOSED,KETTYBOT,KettyBot,KettyBot|Ketty Bot
 * </pre>
 *
 * Deleting {@code # PROPOSED,} from the second line accepts the proposal ({@code # PROPOSED;} in a catalogue that
 * separates its fields with semicolons). A proposal for a product the catalogue has
 * (new aliases of it) repeats its aliases and says so: it replaces the product's active line, which is then deleted,
 * because a catalogue has each code once. The file is replaced atomically.
 */
public final class CsvCatalogWriter {
    private static final String PROPOSED = "# PROPOSED";
    private static final int EXAMPLES = 3;

    /**
     * @param keptFrom the file {@code catalog} was read from, whose lines are kept as they are; null to write the
     *     catalogue's products
     * @throws UncheckedIOException naming the target when the file cannot be written, or the kept file when it can no
     *     longer be read; the target is then untouched
     */
    public void write(Path target, Path keptFrom, ProductCatalog catalog, List<CatalogProposal> proposals) {
        List<String> kept = keptFrom == null ? null : keptLines(keptFrom);
        char delimiter = kept == null
                ? ','
                : kept.stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .findFirst()
                        .map(CsvInput::detectDelimiter)
                        .orElse(',');
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(delimiter)
                .setRecordSeparator("\n")
                .setQuote('"')
                .setQuoteMode(QuoteMode.MINIMAL)
                .get();
        try (AtomicFile file = AtomicFile.begin(target)) {
            try (Writer out = file.newWriter()) {
                if (kept == null) {
                    out.write(String.join(String.valueOf(delimiter), "code", "name", "aliases") + "\n");
                    for (Product product : catalog.products()) {
                        out.write(line(product, format));
                    }
                } else {
                    for (String line : kept) {
                        out.write(line + "\n");
                    }
                }
                for (CatalogProposal proposal : proposals) {
                    String code = proposal.product().code();
                    out.write("# proposed"
                            + (catalog.byCode(code).isPresent()
                                    ? " to replace the active line of " + oneLine(code) + " above"
                                    : "")
                            + ": " + proposal.headingCount() + " unmatched headings" + examples(proposal) + "\n");
                    out.write(PROPOSED + delimiter + line(proposal.product(), format));
                }
            }
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write catalogue " + target + ": " + FileProblem.reason(target, e), e);
        }
    }

    /** The kept file's lines without its byte-order mark and without the empty line after its last line break. */
    private static List<String> keptLines(Path file) {
        try (BufferedReader reader = CsvInput.open(file, CsvCatalogReader.charsetOf(file))) {
            return reader.lines().toList();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new UncheckedIOException(
                    "cannot read catalogue " + file + " again to keep its lines: " + FileProblem.reason(file, cause),
                    cause);
        }
    }

    private static String line(Product product, CSVFormat format) throws IOException {
        StringWriter line = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(line, format)) {
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
