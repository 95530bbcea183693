package com.roboplanet.soconnector.sandbox.archives;

import java.util.ArrayList;
import java.util.List;

/** Splits an OData {@code $filter} into words, numbers, quoted strings, brackets and commas. */
final class FilterLexer {
    enum Kind {
        WORD,
        NUMBER,
        STRING,
        OPEN,
        CLOSE,
        COMMA
    }

    record Token(Kind kind, String text, int position) {}

    private FilterLexer() {}

    static List<Token> tokens(String filter) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < filter.length()) {
            char c = filter.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                tokens.add(new Token(c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : Kind.COMMA, String.valueOf(c), i));
                i++;
            } else if (c == '\'' || c == '"') {
                i = quoted(filter, i, tokens);
            } else if (c == '=') {
                tokens.add(new Token(Kind.WORD, "=", i));
                i++;
            } else if (Character.isDigit(c)
                    || (c == '-' && i + 1 < filter.length() && Character.isDigit(filter.charAt(i + 1)))) {
                int start = i++;
                while (i < filter.length() && (Character.isDigit(filter.charAt(i)) || filter.charAt(i) == '.')) i++;
                tokens.add(new Token(Kind.NUMBER, filter.substring(start, i), start));
            } else if (isWordChar(c)) {
                int start = i;
                while (i < filter.length() && isWordChar(filter.charAt(i))) i++;
                tokens.add(new Token(Kind.WORD, filter.substring(start, i), start));
            } else {
                throw new QueryException("Unexpected character '" + c + "' at position " + i + " in $filter");
            }
        }
        return tokens;
    }

    private static int quoted(String filter, int start, List<Token> tokens) {
        char quote = filter.charAt(start);
        StringBuilder text = new StringBuilder();
        int i = start + 1;
        while (i < filter.length()) {
            char c = filter.charAt(i);
            if (c == '\\' && i + 1 < filter.length()) {
                text.append(filter.charAt(i + 1));
                i += 2;
            } else if (c == quote) {
                tokens.add(new Token(Kind.STRING, text.toString(), start));
                return i + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        throw new QueryException("Unterminated string starting at position " + start + " in $filter");
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '/' || c == '_' || c == ':' || c == '.';
    }
}
