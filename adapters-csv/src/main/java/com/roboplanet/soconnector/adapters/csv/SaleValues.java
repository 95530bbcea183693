package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.SaleStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the fields of a sales export as people and CRMs write them. Each method throws
 * {@link IllegalArgumentException} with a reason naming the column and the value; the caller adds file and
 * line.
 */
final class SaleValues {
    private static final DateTimeFormatter GERMAN_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(G\\d{3})+(D\\d+)?");
    private static final String NO_DATE_SENTINEL = "0001-01-01";
    private static final Map<String, SaleStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("1", SaleStatus.OPEN),
            Map.entry("2", SaleStatus.SOLD),
            Map.entry("3", SaleStatus.LOST),
            Map.entry("4", SaleStatus.STALLED),
            Map.entry("offen", SaleStatus.OPEN),
            Map.entry("verkauft", SaleStatus.SOLD),
            Map.entry("verloren", SaleStatus.LOST),
            Map.entry("gestoppt", SaleStatus.STALLED));

    private SaleValues() {}

    static long saleId(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("SaleId is empty");
        }
        long id = wholeNumber("SaleId", text);
        if (id <= 0) {
            throw new IllegalArgumentException("SaleId '" + text + "' is not a positive whole number");
        }
        return id;
    }

    /** 0 for empty: SuperOffice exports sales without a company as contact id 0 or an empty cell. */
    static long customerId(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long id = wholeNumber("CustomerId", text);
        if (id < 0) {
            throw new IllegalArgumentException("CustomerId '" + text + "' is negative");
        }
        return id;
    }

    private static long wholeNumber(String column, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a positive whole number", e);
        }
    }

    /**
     * ISO date, ISO date-time (date part kept), or German {@code 01.03.2024}; null for empty and for
     * SuperOffice's {@code 0001-01-01} "no date" sentinel.
     */
    static LocalDate date(String text) {
        if (text.isEmpty() || text.startsWith(NO_DATE_SENTINEL)) {
            return null;
        }
        try {
            if (ISO_DATE_PREFIX.matcher(text).matches()) {
                return LocalDate.parse(text.substring(0, 10));
            }
            return LocalDate.parse(text, GERMAN_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "SaleDate '" + text + "' is not a date (expected 2024-03-01, 2024-03-01T10:15:00 or 01.03.2024)",
                    e);
        }
    }

    /**
     * {@code 1234.5}, {@code 1.234,50} and {@code 1,234.50}; null for empty. With both separators the last
     * one is the decimal mark. With one kind only, a single occurrence is the decimal mark ({@code 1234,5},
     * {@code 1234.5}) and repeated ones group thousands ({@code 1.234.567}); so {@code 1.234} reads as
     * one-point-two, the price of not knowing the exporter's locale.
     */
    static BigDecimal amount(String text) {
        String s = text.replace(" ", "").replace("\u00A0", "");
        if (s.isEmpty()) {
            return null;
        }
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        char decimal;
        if (lastComma >= 0 && lastDot >= 0) {
            decimal = lastComma > lastDot ? ',' : '.';
        } else if (lastComma >= 0) {
            decimal = s.indexOf(',') == lastComma ? ',' : '.';
        } else {
            decimal = s.indexOf('.') == lastDot ? '.' : ',';
        }
        char group = decimal == ',' ? '.' : ',';
        String marked = s.replace(group, 'G').replace(decimal, 'D');
        String plain;
        if (marked.indexOf('G') >= 0) {
            if (!GROUPED.matcher(marked).matches()) {
                throw notAnAmount(text);
            }
            plain = marked.replace("G", "").replace('D', '.');
        } else {
            plain = marked.replace('D', '.');
        }
        if (!PLAIN_NUMBER.matcher(plain).matches()) {
            throw notAnAmount(text);
        }
        return new BigDecimal(plain);
    }

    private static IllegalArgumentException notAnAmount(String text) {
        return new IllegalArgumentException(
                "Amount '" + text + "' is not a number (expected 1234.50, 1.234,50 or 1,234.50)");
    }

    /** The English name, SuperOffice's {@code [SR_SALE_SOLD]} or number (1 open .. 4 stalled), or the German word. */
    static SaleStatus status(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("[sr_sale_") && s.endsWith("]")) {
            s = s.substring("[sr_sale_".length(), s.length() - 1);
        }
        SaleStatus word = STATUS_WORDS.get(s);
        if (word != null) {
            return word;
        }
        try {
            return SaleStatus.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Status '" + text + "' is not a sale status (open, sold, lost, stalled)", e);
        }
    }
}
