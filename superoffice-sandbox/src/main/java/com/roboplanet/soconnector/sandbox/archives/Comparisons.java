package com.roboplanet.soconnector.sandbox.archives;

import com.roboplanet.soconnector.sandbox.archives.FilterLexer.Token;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Builds the predicate of one {@code column operator operand} comparison, per column type. */
final class Comparisons {
    private Comparisons() {}

    static Predicate<ArchiveRow> of(ArchiveColumn column, String op, List<Token> operands) {
        return switch (column.type()) {
            case INT, DECIMAL -> numeric(column, op, operands);
            case LIST, ASSOCIATE -> listId(column, op, operands);
            case STRING -> text(column, op, operands);
            case DATE -> date(column, op, operands);
            case BOOL -> bool(column, op, operands);
        };
    }

    private static Predicate<ArchiveRow> numeric(ArchiveColumn column, String op, List<Token> operands) {
        return switch (op) {
            case "eq", "=", "equals", "is" -> {
                double value = number(column, op, single(column, op, operands));
                yield row -> value(column, row) == value;
            }
            case "ne", "unequals", "isnot" -> {
                double value = number(column, op, single(column, op, operands));
                yield row -> value(column, row) != value;
            }
            case "lt", "less" -> {
                double value = number(column, op, single(column, op, operands));
                yield row -> value(column, row) < value;
            }
            case "gt", "greater" -> {
                double value = number(column, op, single(column, op, operands));
                yield row -> value(column, row) > value;
            }
            case "between" -> {
                List<Token> pair = pair(column, op, operands);
                double low = number(column, op, pair.get(0));
                double high = number(column, op, pair.get(1));
                yield row -> value(column, row) >= low && value(column, row) <= high;
            }
            case "oneof", "notoneof" -> listId(column, op, operands);
            default -> throw unsupported(column, op);
        };
    }

    private static Predicate<ArchiveRow> listId(ArchiveColumn column, String op, List<Token> operands) {
        return switch (op) {
            case "eq", "=", "equals", "oneof", "associateisoneof" -> {
                Set<Long> ids = ids(column, op, operands);
                yield row -> ids.contains((long) value(column, row));
            }
            case "ne", "unequals", "notoneof", "associateisnotoneof" -> {
                Set<Long> ids = ids(column, op, operands);
                yield row -> !ids.contains((long) value(column, row));
            }
            default -> throw unsupported(column, op);
        };
    }

    private static Predicate<ArchiveRow> text(ArchiveColumn column, String op, List<Token> operands) {
        String value = single(column, op, operands).text().toLowerCase(Locale.ROOT);
        return switch (op) {
            case "eq", "=", "equals", "is" -> row -> lower(column, row).equals(value);
            case "ne", "unequals", "isnot" -> row -> !lower(column, row).equals(value);
            case "begins" -> row -> lower(column, row).startsWith(value);
            case "notbegins" -> row -> !lower(column, row).startsWith(value);
            case "contains" -> row -> lower(column, row).contains(value);
            case "notcontains" -> row -> !lower(column, row).contains(value);
            case "ends" -> row -> lower(column, row).endsWith(value);
            default -> throw unsupported(column, op);
        };
    }

    private static Predicate<ArchiveRow> date(ArchiveColumn column, String op, List<Token> operands) {
        return switch (op) {
            case "eq", "=", "date", "equals" -> {
                LocalDate day =
                        dateTime(column, op, single(column, op, operands)).toLocalDate();
                yield row -> day(column, row).map(day::equals).orElse(false);
            }
            case "before" -> {
                LocalDate day =
                        dateTime(column, op, single(column, op, operands)).toLocalDate();
                yield row -> day(column, row).map(d -> d.isBefore(day)).orElse(false);
            }
            case "after" -> {
                LocalDate day =
                        dateTime(column, op, single(column, op, operands)).toLocalDate();
                yield row -> day(column, row).map(d -> d.isAfter(day)).orElse(false);
            }
            case "lt", "less", "beforetime" -> {
                LocalDateTime at = dateTime(column, op, single(column, op, operands));
                yield row -> time(column, row) != null && time(column, row).isBefore(at);
            }
            case "gt", "greater", "aftertime" -> {
                LocalDateTime at = dateTime(column, op, single(column, op, operands));
                yield row -> time(column, row) != null && time(column, row).isAfter(at);
            }
            case "datetime" -> {
                LocalDateTime at = dateTime(column, op, single(column, op, operands));
                yield row -> at.equals(time(column, row));
            }
            case "between", "datebetween" -> {
                List<Token> pair = pair(column, op, operands);
                LocalDate low = dateTime(column, op, pair.get(0)).toLocalDate();
                LocalDate high = dateTime(column, op, pair.get(1)).toLocalDate();
                yield row -> day(column, row)
                        .map(d -> !d.isBefore(low) && !d.isAfter(high))
                        .orElse(false);
            }
            default -> throw unsupported(column, op);
        };
    }

    private static Predicate<ArchiveRow> bool(ArchiveColumn column, String op, List<Token> operands) {
        if (!Set.of("eq", "=", "equals", "is", "set", "ne", "unequals").contains(op)) throw unsupported(column, op);
        boolean wanted = operands.isEmpty() ? true : truth(column, op, operands.get(0));
        boolean negate = op.equals("ne") || op.equals("unequals");
        return row -> ((Boolean) column.raw().apply(row) == wanted) != negate;
    }

    private static boolean truth(ArchiveColumn column, String op, Token token) {
        return switch (token.text().toLowerCase(Locale.ROOT)) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default ->
                throw new QueryException(
                        "'" + token.text() + "' is not a boolean for '" + column.name() + " " + op + "' in $filter");
        };
    }

    private static double value(ArchiveColumn column, ArchiveRow row) {
        return ((Number) column.raw().apply(row)).doubleValue();
    }

    private static String lower(ArchiveColumn column, ArchiveRow row) {
        return ((String) column.raw().apply(row)).toLowerCase(Locale.ROOT);
    }

    private static LocalDateTime time(ArchiveColumn column, ArchiveRow row) {
        return (LocalDateTime) column.raw().apply(row);
    }

    private static Optional<LocalDate> day(ArchiveColumn column, ArchiveRow row) {
        return Optional.ofNullable(time(column, row)).map(LocalDateTime::toLocalDate);
    }

    private static Token single(ArchiveColumn column, String op, List<Token> operands) {
        if (operands.size() != 1) {
            throw new QueryException("'" + column.name() + " " + op + "' in $filter needs exactly one value");
        }
        return operands.get(0);
    }

    private static List<Token> pair(ArchiveColumn column, String op, List<Token> operands) {
        if (operands.size() != 2) {
            throw new QueryException("'" + column.name() + " " + op + "' in $filter needs two values: (low,high)");
        }
        return operands;
    }

    private static Set<Long> ids(ArchiveColumn column, String op, List<Token> operands) {
        if (operands.isEmpty()) throw new QueryException("'" + column.name() + " " + op + "' in $filter needs values");
        return operands.stream().map(token -> (long) number(column, op, token)).collect(Collectors.toUnmodifiableSet());
    }

    private static double number(ArchiveColumn column, String op, Token token) {
        try {
            return Double.parseDouble(token.text());
        } catch (NumberFormatException e) {
            throw new QueryException(
                    "'" + token.text() + "' is not a number for '" + column.name() + " " + op + "' in $filter");
        }
    }

    private static LocalDateTime dateTime(ArchiveColumn column, String op, Token token) {
        String text = token.text();
        try {
            return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new QueryException(
                    "'" + text + "' is not an ISO date for '" + column.name() + " " + op + "' in $filter");
        }
    }

    private static QueryException unsupported(ArchiveColumn column, String op) {
        return new QueryException("Operator '" + op + "' is not supported for column '" + column.name() + "' ("
                + column.type().name().toLowerCase(Locale.ROOT) + ") in $filter");
    }
}
