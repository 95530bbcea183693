package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.CsvLayout;
import com.roboplanet.soconnector.domain.port.out.FileProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A delimited text file ({@code .csv}, {@code .txt}, {@code .tsv}: the name does not matter), streamed: the
 * encoding from {@link TextEncoding}, the delimiter from {@link CsvDialect}, both decided from the first 64 KiB,
 * then one record in memory at a time. Fields are quoted with {@code "} (doubled inside), may span lines, and rows
 * are numbered by the physical line they start on.
 */
final class TextTableInput implements TableInput {
    private final Path file;
    private final TextEncoding encoding;
    private final CsvDialect dialect;
    private final String lineSeparator;
    private final DecodingReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private boolean headerRead;

    private TextTableInput(
            Path file, TextEncoding encoding, CsvDialect dialect, String lineSeparator, DecodingReader reader)
            throws IOException {
        this.file = file;
        this.encoding = encoding;
        this.dialect = dialect;
        this.lineSeparator = lineSeparator;
        this.reader = reader;
        this.parser = CSVFormat.Builder.create()
                .setDelimiter(dialect.delimiter())
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .get()
                .parse(reader);
        this.records = parser.iterator();
    }

    static TextTableInput open(ExportFile export) {
        Path file = export.path();
        try {
            byte[] prefix;
            try (InputStream in = Files.newInputStream(file)) {
                prefix = in.readNBytes(TextEncoding.PREFIX_BYTES + 1);
            }
            boolean whole = prefix.length <= TextEncoding.PREFIX_BYTES;
            if (!whole) {
                prefix = java.util.Arrays.copyOf(prefix, TextEncoding.PREFIX_BYTES);
            }
            TextEncoding encoding = TextEncoding.detect(file.toString(), prefix, whole, export.encoding());
            String sample = encoding.decodeSample(prefix);
            CsvDialect dialect = CsvDialect.detect(sample, whole);
            String lineSeparator = sample.indexOf('\r') >= 0 ? "\r\n" : "\n";
            InputStream in = Files.newInputStream(file);
            try {
                in.skipNBytes(encoding.bomLength());
                return new TextTableInput(
                        file, encoding, dialect, lineSeparator, new DecodingReader(in, encoding, encoding.bomLength()));
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        } catch (IOException e) {
            throw new CsvFileException(FileProblem.describe(file, e), e);
        }
    }

    @Override
    public Row header() {
        if (headerRead) {
            throw new IllegalStateException("the header is read once");
        }
        headerRead = true;
        if (dialect.sepLine()) {
            next();
        }
        Row row;
        while ((row = next()) != null) {
            if (!row.blank()) {
                return row;
            }
        }
        return null;
    }

    @Override
    public Row next() {
        long start = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            return checked(new TextRow(records.next(), start));
        } catch (UncheckedIOException e) {
            throw unreadable(start, e.getCause());
        }
    }

    /** @throws CsvFileException naming the line and column of the first control character in the row */
    private TextRow checked(TextRow row) {
        long line = row.line();
        for (int i = 0; i < row.size(); i++) {
            String value = row.record().get(i);
            int at = ControlCharacters.indexIn(value);
            if (at >= 0) {
                line += value.substring(0, at).chars().filter(c -> c == '\n').count();
                throw new CsvFileException(file + ":" + line + ": column " + (i + 1) + " holds "
                        + ControlCharacters.describe(value.charAt(at)));
            }
            line += value.chars().filter(c -> c == '\n').count();
        }
        return row;
    }

    private CsvFileException unreadable(long line, IOException cause) {
        if (cause instanceof DecodingReader.MalformedTextException m) {
            boolean assumedUtf8 = encoding.charset().equals(StandardCharsets.UTF_8)
                    && encoding.note() == null
                    && reader.note() == null
                    && !encoding.description().endsWith("(as given)");
            return new CsvFileException(
                    file + ":" + m.line() + ": " + m.getMessage()
                            + (assumedUtf8
                                    ? "; the lines before were UTF-8, so the file mixes encodings: save it as"
                                            + " \"CSV UTF-8\", or read all of it as one encoding with --encoding NAME"
                                    : "; save it as \"CSV UTF-8\", or name its encoding with --encoding NAME"),
                    cause);
        }
        return new CsvFileException(file + ":" + quoting(line, cause.getMessage()), cause);
    }

    private static final java.util.regex.Pattern AFTER_QUOTE = java.util.regex.Pattern.compile(
            "Invalid character between encapsulated token and delimiter at line: ([\\d,.]+).*");

    /**
     * {@code LINE: reason} in a person's words for commons-csv's two quoting errors (its wording is a lexer's: "EOF
     * reached before encapsulated token finished"); any other reason as the parser gave it.
     *
     * @param line where the row starts
     */
    static String quoting(long line, String parserMessage) {
        String message = parserMessage == null ? "" : parserMessage;
        if (message.contains("EOF reached before encapsulated token finished")) {
            return line + ": a quote that never closes: the field opened with \" on this line runs to the end of the"
                    + " file; close it, or write a quote inside a field twice (\"\")";
        }
        java.util.regex.Matcher after = AFTER_QUOTE.matcher(message);
        if (after.matches()) {
            long at = Long.parseLong(after.group(1).replaceAll("[,.]", ""));
            return at + ": text after a closing quote: a quoted field ends at the delimiter; write a quote inside a"
                    + " field twice (\"\")"
                    + (at > line
                            ? "; the quoted field opened on line " + line + ", where a quote may never close"
                            : "");
        }
        return line + ": " + message;
    }

    @Override
    public String noHeader() {
        return file + ": the file is empty; expected a header line";
    }

    @Override
    public String format() {
        return encoding.description() + ", " + dialect.describe();
    }

    /** Excel's CSV (Windows-1252) and "Unicode Text" (UTF-16 with a mark) both get a UTF-8 answer with a mark. */
    @Override
    public CsvLayout layout() {
        boolean mark = encoding.bomLength() > 0 || !encoding.charset().equals(StandardCharsets.UTF_8);
        return new CsvLayout(dialect.delimiter(), mark, lineSeparator);
    }

    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (encoding.note() != null) {
            notes.add(encoding.note());
        }
        if (reader.note() != null) {
            notes.add(reader.note());
        }
        if (dialect.note() != null) {
            notes.add(dialect.note());
        }
        return notes;
    }

    @Override
    public String at(long line) {
        return file + ":" + line;
    }

    @Override
    public String place(long line) {
        return file + ", line " + line;
    }

    @Override
    public boolean extraCellsAreHarmless() {
        return false;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Closing a file we only read loses nothing.
        }
    }

    private record TextRow(CSVRecord record, long line) implements Row {
        @Override
        public int size() {
            return record.size();
        }

        @Override
        public Object value(int index) {
            return index < record.size() ? record.get(index) : null;
        }
    }
}
