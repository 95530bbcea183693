package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
     * @throws CsvFileException for a missing or unreadable file, an empty or duplicate code, or a line
     *     with more than three fields; the message names the file and line
     */
    public ProductCatalog read(Path file) {
        try {
            char delimiter = CsvInput.firstContentLine(file, true)
                    .map(CsvInput::detectDelimiter)
                    .orElse(',');
            try (BufferedReader reader = CsvInput.open(file);
                    CSVParser parser = CSVFormat.Builder.create()
                            .setDelimiter(delimiter)
                            .setQuote('"')
                            .setCommentMarker('#')
                            .setIgnoreEmptyLines(false)
                            .get()
                            .parse(reader)) {
                return ProductCatalog.of(readProducts(file, parser));
            }
        } catch (NoSuchFileException e) {
            throw new CsvFileException(file + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new CsvFileException(file + ": cannot read the file (access denied)", e);
        } catch (CharacterCodingException e) {
            throw new CsvFileException(file + ": not valid UTF-8 text (save the catalogue as UTF-8)", e);
        } catch (IOException e) {
            throw new CsvFileException(file + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    private static List<Product> readProducts(Path file, CSVParser parser) {
        List<Product> products = new ArrayList<>();
        Map<String, Long> firstLineOfCode = new HashMap<>();
        Iterator<CSVRecord> records = parser.iterator();
        boolean first = true;
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return products;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw new CsvFileException(
                        file + ":" + line + ": " + e.getCause().getMessage(), e);
            }
            // The parser hands comment lines over with the record that follows them.
            line += record.hasComment() ? record.getComment().split("\n", -1).length : 0;
            List<String> fields = record.toList();
            if (fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            boolean header = first && fields.get(0).strip().equalsIgnoreCase("code");
            first = false;
            if (!header) {
                Product product = toProduct(file, line, fields);
                Long previous = firstLineOfCode.putIfAbsent(product.code().toUpperCase(Locale.ROOT), line);
                if (previous != null) {
                    throw new CsvFileException(file + ":" + line + ": duplicate code " + product.code()
                            + " (first on line " + previous + ")");
                }
                products.add(product);
            }
        }
    }

    private static Product toProduct(Path file, long line, List<String> fields) {
        if (fields.size() > 3) {
            throw new CsvFileException(file + ":" + line + ": expected at most 3 fields (code,name,aliases), found "
                    + fields.size() + "; separate aliases with | and quote fields that contain the delimiter");
        }
        String code = fields.get(0).strip();
        if (code.isEmpty()) {
            throw new CsvFileException(file + ":" + line + ": empty product code");
        }
        String name = fields.size() > 1 && !fields.get(1).isBlank() ? fields.get(1) : code;
        List<String> aliases = fields.size() > 2 ? Arrays.asList(fields.get(2).split("\\|")) : List.of();
        return new Product(code, name, aliases);
    }
}
