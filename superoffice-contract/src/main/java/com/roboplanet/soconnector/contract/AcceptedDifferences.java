package com.roboplanet.soconnector.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The accepted differences between our code and SuperOffice's 2021 definitions, read from the one table in
 * {@code docs/contract-differences.md}, so the document people read is the list the tests apply. Each row names its
 * rule, a definition (or a scope) and properties; anything the parser does not understand is an error with its line.
 */
public record AcceptedDifferences(List<Difference> rows) {
    static final String TABLE_HEADER = "| Rule |";

    public AcceptedDifferences {
        rows = List.copyOf(rows);
    }

    /** What a row does to the definitions before validation. */
    public enum Rule {
        /** Our rule: the properties must be present (the definitions have no {@code required} lists at all). */
        REQUIRED,
        /** The properties may be {@code null}; Swagger 2.0 cannot say so. */
        NULLABLE,
        /** The live API (or our deliberate choice) has properties the 2021 definitions lack. */
        EXTRA,
        /** The definitions do not describe the property's content (archive rows): any JSON is accepted there. */
        FREE_FORM,
        /** A .NET [Flags] enum: one member, or several joined by {@code ", "}, as the serializer writes them. */
        FLAGS,
        /** A defect in the vendor's file, repaired in memory at load. */
        REPAIR,
        /** A check of the validator that does not apply to SuperOffice Online; the scope names which. */
        UNCHECKED;

        static Rule parse(String cell, Path file, int line) {
            try {
                return valueOf(cell.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + ":" + line + ": unknown rule '" + cell + "'; expected one of "
                        + Arrays.toString(values()).toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
    }

    /** One row: {@code target} is a definition name (or a scope for REPAIR/UNCHECKED). */
    public record Difference(Rule rule, String target, List<String> properties, String source, int line) {
        public Difference {
            properties = List.copyOf(properties);
            if (target.isBlank()) throw new IllegalArgumentException("line " + line + ": the target cell is empty");
            if (source.isBlank()) throw new IllegalArgumentException("line " + line + ": the source cell is empty");
        }
    }

    public static AcceptedDifferences read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the accepted contract differences at " + file, e);
        }
        return parse(lines, file);
    }

    static AcceptedDifferences parse(List<String> lines, Path file) {
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(TABLE_HEADER)) {
                if (header >= 0)
                    throw new IllegalStateException(file + ": more than one table starts with '" + TABLE_HEADER + "'");
                header = i;
            }
        }
        if (header < 0) throw new IllegalStateException(file + ": no table starting with '" + TABLE_HEADER + "'");
        List<Difference> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(row(lines.get(i), file, i + 1));
        }
        return new AcceptedDifferences(rows);
    }

    private static Difference row(String text, Path file, int line) {
        String[] cells = text.substring(1, text.endsWith("|") ? text.length() - 1 : text.length())
                .split("\\|", -1);
        if (cells.length != 5) {
            throw new IllegalStateException(file + ":" + line + ": expected 5 cells (rule, target, properties, source,"
                    + " reason), found " + cells.length);
        }
        Rule rule = Rule.parse(plain(cells[0]), file, line);
        List<String> properties = Arrays.stream(plain(cells[2]).split(","))
                .map(String::trim)
                .filter(p -> !p.isEmpty() && !p.equals("-"))
                .toList();
        if (plain(cells[4]).isBlank()) throw new IllegalStateException(file + ":" + line + ": the reason is empty");
        try {
            return new Difference(rule, plain(cells[1]), properties, plain(cells[3]), line);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ":" + e.getMessage(), e);
        }
    }

    private static String plain(String cell) {
        return cell.replace("`", "").trim();
    }

    public List<Difference> rows(Rule rule) {
        return rows.stream().filter(r -> r.rule() == rule).toList();
    }

    /** Whether a REPAIR or UNCHECKED row names the scope; the code applies such an adjustment only when listed. */
    public boolean lists(Rule rule, String scope) {
        return rows.stream().anyMatch(r -> r.rule() == rule && r.target().equals(scope));
    }
}
