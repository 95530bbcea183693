package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.matching.AliasCheck;
import com.roboplanet.soconnector.domain.matching.AliasProblem;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.out.FileProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a product catalogue: {@code code,name,aliases}, aliases separated by {@code |}, lines starting with
 * {@code #} are comments, UTF-8 with or without BOM, {@code ,} or {@code ;} (detected from the first
 * non-comment line). A first line whose first field is {@code code} is a header and skipped; without it
 * every line is a product.
 *
 * <p>An empty name defaults to the code. The code itself is <em>not</em> an alias unless listed: codes are
 * internal keys ({@code SERVICE}, {@code RENTAL}, {@code CC1}) and many are ordinary words or short tokens
 * that would match headings they were never meant to (every "Service" heading would count as the SERVICE
 * product even with the alias list saying {@code Wartung*} only). Listing it is one word away.
 */
public final class CsvCatalogReader {

    /**
     * @throws CsvFileException for a missing or unreadable file, a file without any product, or listing every line
     *     with an empty or duplicate code, more than three fields, a control character, or an alias the matcher
     *     cannot use (one that folds to nothing, a {@code *} inside it, or one another product has too, once case,
     *     separators and invisible characters are ignored); each problem names the file and line
     */
    public ProductCatalog read(Path file) {
        try {
            Charset charset = charsetOf(file);
            char delimiter = CsvInput.firstContentLine(file, charset, true)
                    .map(CsvInput::detectDelimiter)
                    .orElse(',');
            try (BufferedReader reader = CsvInput.open(file, charset);
                    CSVParser parser = CSVFormat.Builder.create()
                            .setDelimiter(delimiter)
                            .setQuote('"')
                            .setCommentMarker('#')
                            .setIgnoreEmptyLines(false)
                            .get()
                            .parse(reader)) {
                return readCatalog(file, parser);
            }
        } catch (CharacterCodingException e) {
            throw new CsvFileException(notUtf8(file), e);
        } catch (IOException e) {
            throw new CsvFileException(FileProblem.describe(file, e), e);
        }
    }

    /**
     * UTF-8, or UTF-16 when the file starts with its byte-order mark (Excel's "Unicode Text", Notepad's "Unicode"),
     * as exports are read. A workbook is refused by what it is: its bytes are no text in any encoding.
     *
     * @throws CsvFileException for an Excel workbook (.xlsx: a zip; .xls: an OLE2 compound file)
     */
    static Charset charsetOf(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                || n == 4
                        && (head[0] & 0xFF) == 0xD0
                        && (head[1] & 0xFF) == 0xCF
                        && head[2] == 0x11
                        && (head[3] & 0xFF) == 0xE0) {
            throw new CsvFileException(file + ": an Excel workbook, not a CSV text file; a catalogue is CSV: in Excel"
                    + " use Save As \"CSV UTF-8 (Comma delimited)\" (\"CSV UTF-8 (durch Trennzeichen getrennt)\")"
                    + " and pass that file");
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * Where the file stops being UTF-8, and the way out: Excel saves "CSV (Trennzeichen-getrennt)" in Windows-1252,
     * which is how an edited {@code proposals.csv} usually comes back.
     */
    private static String notUtf8(Path file) {
        String where = "";
        try {
            byte[] bytes = Files.readAllBytes(file);
            int bad = TextEncoding.firstInvalidUtf8(bytes, true);
            if (bad >= 0) {
                where = ":" + TextEncoding.lineOf(bytes, bad) + ": byte offset " + bad
                        + String.format(" (0x%02X)", bytes[bad]);
            }
        } catch (IOException e) {
            // The decoder has already said it is not UTF-8; the place is a help, not a must.
        }
        return file + where + ": not valid UTF-8 text: the catalogue was saved in another encoding (Excel's \"CSV"
                + " (Trennzeichen-getrennt)\" saves Windows-1252); save it as \"CSV UTF-8 (durch Trennzeichen"
                + " getrennt)\" (\"CSV UTF-8 (Comma delimited)\") or as UTF-8 in an editor";
    }

    /**
     * Reads every line before judging: the problems of all lines (an empty code, too many fields, a code twice,
     * aliases that cannot work or that two products share) are reported together, each with its line, so that
     * one run shows everything to fix. A malformed CSV line (an open quote) still stops at once.
     */
    private static ProductCatalog readCatalog(Path file, CSVParser parser) {
        List<Product> products = new ArrayList<>();
        List<Long> lineOf = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> firstLineOfCode = new HashMap<>();
        Iterator<CSVRecord> records = parser.iterator();
        boolean first = true;
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw new CsvFileException(
                        file + ":" + TextTableInput.quoting(line, e.getCause().getMessage()), e);
            }
            // The parser hands comment lines over with the record that follows them.
            line += record.hasComment() ? record.getComment().split("\n", -1).length : 0;
            List<String> fields = record.toList();
            if (fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            String control = fields.stream()
                    .filter(f -> ControlCharacters.indexIn(f) >= 0)
                    .findFirst()
                    .map(f -> ControlCharacters.describe(f.charAt(ControlCharacters.indexIn(f))))
                    .orElse(null);
            if (control != null) {
                problems.add(new Problem(line, "the line holds " + control));
                first = false;
                continue;
            }
            if (fields.size() == 1 && fields.get(0).indexOf('\t') >= 0) {
                throw new CsvFileException(file + ":" + line + ": the line is separated by TABs; a catalogue separates"
                        + " its fields with , or ; (code,name,aliases): save it from Excel as \"CSV UTF-8 (Comma"
                        + " delimited)\", not as \"Unicode Text\" or \"Text (Tab delimited)\"");
            }
            boolean header = first && fields.get(0).strip().equalsIgnoreCase("code");
            first = false;
            if (header) {
                if (fields.size() < 3) {
                    throw new CsvFileException(file + ":" + line + ": the header " + String.join(",", fields)
                            + " has no aliases column, so no heading could ever match; add a third column"
                            + " aliases with the words that name each product, separated by |"
                            + " (code,name,aliases; OMNIE,Omnie,Omnie|CD-01)");
                }
                continue;
            }
            Product product = toProduct(line, fields, problems);
            if (product == null) {
                continue;
            }
            Long previous = firstLineOfCode.putIfAbsent(product.code().toUpperCase(Locale.ROOT), line);
            if (previous != null) {
                problems.add(
                        new Problem(line, "duplicate code " + product.code() + " (first on line " + previous + ")"));
            } else {
                products.add(product);
                lineOf.add(line);
            }
        }
        for (AliasProblem alias : AliasCheck.problems(products)) {
            String where = alias.isClash()
                    ? " (" + products.get(alias.otherProductIndex()).code() + " is on line "
                            + lineOf.get(alias.otherProductIndex()) + ")"
                    : "";
            problems.add(new Problem(lineOf.get(alias.productIndex()), alias.message() + where));
        }
        if (!problems.isEmpty()) {
            throw new CsvFileException(describe(file, problems));
        }
        if (products.isEmpty()) {
            throw new CsvFileException(file + ": no product in the catalogue (only a header, comments or blank lines);"
                    + " expected lines code,name,aliases such as OMNIE,Omnie,Omnie|CD-01 (see"
                    + " docs/examples/products.csv)");
        }
        if (products.stream().allMatch(p -> p.aliases().stream().allMatch(String::isBlank))) {
            throw new CsvFileException(file + ":" + lineOf.get(0) + ": no product has an alias, so no heading could"
                    + " ever match; add a third field with the words that name each product, separated by |"
                    + " (code,name,aliases; OMNIE,Omnie,Omnie|CD-01)");
        }
        return ProductCatalog.of(products);
    }

    /** One problem: {@code file:line: reason}. Several: a count, then one such line each, in line order. */
    private static String describe(Path file, List<Problem> problems) {
        List<String> lines = problems.stream()
                .sorted(Comparator.comparingLong(Problem::line))
                .map(p -> file + ":" + p.line() + ": " + p.reason())
                .toList();
        if (lines.size() == 1) {
            return lines.get(0);
        }
        return file + ": " + lines.size() + " problems, fix all of them to use the catalogue:\n"
                + String.join("\n", lines);
    }

    private static Product toProduct(long line, List<String> fields, List<Problem> problems) {
        if (fields.size() > 3) {
            problems.add(new Problem(
                    line,
                    "expected at most 3 fields (code,name,aliases), found " + fields.size()
                            + "; separate aliases with | and quote fields that contain the delimiter"));
            return null;
        }
        String code = fields.get(0).strip();
        if (code.isEmpty()) {
            problems.add(new Problem(line, "empty product code"));
            return null;
        }
        String name = fields.size() > 1 && !fields.get(1).isBlank() ? fields.get(1) : code;
        List<String> aliases = fields.size() > 2 ? Arrays.asList(fields.get(2).split("\\|")) : List.of();
        return new Product(code, name, aliases);
    }

    private record Problem(long line, String reason) {}
}
