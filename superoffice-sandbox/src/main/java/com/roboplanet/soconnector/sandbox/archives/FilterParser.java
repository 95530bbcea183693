package com.roboplanet.soconnector.sandbox.archives;

import com.roboplanet.soconnector.sandbox.archives.FilterLexer.Kind;
import com.roboplanet.soconnector.sandbox.archives.FilterLexer.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Parses the OData {@code $filter} of an archive: {@code column operator operand} comparisons joined by {@code and}
 * (binds tighter) and {@code or}, with brackets. {@code le}, {@code ge} and {@code notEnds} are refused like the real
 * API does.
 */
final class FilterParser {
    /**
     * The parsed filter, the columns it reads, and its top-level comparisons when the whole filter is one chain of
     * {@code and} (a bracketed part is not a comparison): every row it keeps meets each of them, so an archive may use
     * them to start where a database would start with its index.
     */
    record Parsed(Predicate<ArchiveRow> predicate, Set<ArchiveColumn> columns, List<Comparison> conjuncts) {}

    /** One {@code column operator operand...} term as written, the operator in lower case. */
    record Comparison(ArchiveColumn column, String operator, List<Token> operands) {}

    private static final Set<String> REJECTED = Set.of("le", "ge", "notends");

    private final ArchiveColumns columns;
    private List<Token> tokens;
    private int next;
    private Set<ArchiveColumn> used;

    FilterParser(ArchiveColumns columns) {
        this.columns = columns;
    }

    synchronized Parsed parse(String filter) {
        tokens = FilterLexer.tokens(filter);
        next = 0;
        used = new HashSet<>();
        List<Comparison> chain = new ArrayList<>();
        if (tokens.isEmpty()) return new Parsed(row -> true, Set.of(), List.of());
        Predicate<ArchiveRow> left = andExpression(chain);
        boolean oneChain = true;
        while (peekWord("or")) {
            next++;
            oneChain = false;
            left = left.or(andExpression(new ArrayList<>()));
        }
        if (next < tokens.size()) {
            throw new QueryException("Unexpected '" + tokens.get(next).text() + "' at position "
                    + tokens.get(next).position() + " in $filter");
        }
        return new Parsed(left, Set.copyOf(used), oneChain ? List.copyOf(chain) : List.of());
    }

    private Predicate<ArchiveRow> orExpression() {
        Predicate<ArchiveRow> left = andExpression(new ArrayList<>());
        while (peekWord("or")) {
            next++;
            left = left.or(andExpression(new ArrayList<>()));
        }
        return left;
    }

    /** An {@code and} chain; its comparisons (not its bracketed parts) go to {@code comparisons}. */
    private Predicate<ArchiveRow> andExpression(List<Comparison> comparisons) {
        Predicate<ArchiveRow> left = primary(comparisons);
        while (peekWord("and")) {
            next++;
            left = left.and(primary(comparisons));
        }
        return left;
    }

    private Predicate<ArchiveRow> primary(List<Comparison> comparisons) {
        Token token = take("a column or '('");
        if (token.kind() == Kind.OPEN) {
            Predicate<ArchiveRow> inner = orExpression();
            expect(Kind.CLOSE, "')'");
            return inner;
        }
        if (token.kind() != Kind.WORD) {
            throw new QueryException(
                    "Expected a column at position " + token.position() + " in $filter, found '" + token.text() + "'");
        }
        ArchiveColumn column = columns.find(token.text())
                .orElseThrow(() -> new QueryException(
                        "Unknown column '" + token.text() + "' in $filter of archive provider FindSale"));
        used.add(column);
        Token operator = take("an operator after '" + token.text() + "'");
        String op = operator.text().toLowerCase(Locale.ROOT);
        if (REJECTED.contains(op)) {
            throw new QueryException("Operator '" + operator.text() + "' is not supported in $filter (column '"
                    + column.name() + "'); use lt, gt or between");
        }
        List<Token> operands = operands();
        comparisons.add(new Comparison(column, op, List.copyOf(operands)));
        return Comparisons.of(column, op, operands);
    }

    private List<Token> operands() {
        List<Token> values = new ArrayList<>();
        if (next < tokens.size() && tokens.get(next).kind() == Kind.OPEN) {
            next++;
            while (true) {
                Token value = take("a value");
                if (value.kind() == Kind.CLOSE && values.isEmpty()) return values;
                values.add(value);
                Token separator = take("',' or ')'");
                if (separator.kind() == Kind.CLOSE) return values;
                if (separator.kind() != Kind.COMMA) {
                    throw new QueryException("Expected ',' or ')' at position " + separator.position() + " in $filter");
                }
            }
        }
        if (next < tokens.size() && tokens.get(next).kind() != Kind.CLOSE && !peekWord("and") && !peekWord("or")) {
            values.add(tokens.get(next++));
        }
        return values;
    }

    private boolean peekWord(String word) {
        return next < tokens.size()
                && tokens.get(next).kind() == Kind.WORD
                && tokens.get(next).text().equalsIgnoreCase(word);
    }

    private Token take(String expected) {
        if (next >= tokens.size()) throw new QueryException("$filter ends where " + expected + " was expected");
        return tokens.get(next++);
    }

    private void expect(Kind kind, String expected) {
        Token token = take(expected);
        if (token.kind() != kind) {
            throw new QueryException("Expected " + expected + " at position " + token.position() + " in $filter");
        }
    }
}
