package com.roboplanet.soconnector.adapters.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opening a catalogue file: UTF-8 with or without a byte-order mark (Excel writes one), and either delimiter,
 * because German Excel saves "CSV" with semicolons. Exports and recipient lists are read by {@link TableInput},
 * which also knows Excel's other dialects and encodings.
 */
final class CsvInput {
    static final char BOM = '\uFEFF';

    private CsvInput() {}

    /**
     * A reader positioned after the byte-order mark, if any. Invalid UTF-8 fails loudly (a
     * {@link java.nio.charset.CharacterCodingException}) rather than turning names into replacement characters.
     */
    static BufferedReader open(Path file) throws IOException {
        return open(file, StandardCharsets.UTF_8);
    }

    /** As {@link #open(Path)}, in {@code charset}. */
    static BufferedReader open(Path file, java.nio.charset.Charset charset) throws IOException {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
        skipBom(reader);
        return reader;
    }

    private static void skipBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
    }

    /** The first line that is neither blank nor (when {@code skipComments}) a {@code #} comment. */
    static Optional<String> firstContentLine(Path file, boolean skipComments) throws IOException {
        return firstContentLine(file, StandardCharsets.UTF_8, skipComments);
    }

    /** As {@link #firstContentLine(Path, boolean)}, in {@code charset}. */
    static Optional<String> firstContentLine(Path file, java.nio.charset.Charset charset, boolean skipComments)
            throws IOException {
        try (BufferedReader reader = open(file, charset)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !(skipComments && line.startsWith("#"))) {
                    return Optional.of(line);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * {@code ;} when the line has more semicolons than commas outside quotes, else {@code ,}. Counting
     * outside quotes matters: a header such as {@code "Name, Firma";Datum} is semicolon-separated.
     */
    static char detectDelimiter(String line) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
