package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.SaleStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of a sales export as people, Excel and CRMs write them. A cell is what
 * {@link TableInput.Row#value} gives: text, or a typed workbook value. Each method throws
 * {@link IllegalArgumentException} with a reason naming the value; the caller decides whether that skips the row
 * or leaves the cell empty, and adds file and line.
 */
final class SaleValues {
    private static final DateTimeFormatter GERMAN_DATE = new DateTimeFormatterBuilder()
            .appendPattern("d.M.")
            .appendValueReduced(ChronoField.YEAR, 2, 4, 2000)
            .optionalStart()
            .appendPattern(" H:mm")
            .optionalStart()
            .appendPattern(":ss")
            .optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ].*)?");
    private static final Pattern SLASHED = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4}( .*)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}([.,]\\d+)?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(G\\d{3})+(D\\d+)?");
    /** Currency signs and codes an amount may carry before or after the number. */
    private static final Pattern CURRENCY = Pattern.compile(
            "(?i)^(?:€|\\$|£|¥|CHF|EUR|USD|GBP|SEK|NOK|DKK|PLN|Fr\\.)\\s*|\\s*(?:€|\\$|£|¥|CHF|EUR|USD|GBP|SEK|NOK|DKK|PLN|Fr\\.)$");
    /** Spaces people and Excel put into numbers: plain, no-break, narrow no-break, thin, and the Swiss apostrophe. */
    private static final Pattern NUMBER_SPACES = Pattern.compile("[ \\u00A0\\u202F\\u2009']");

    private static final String NO_DATE_SENTINEL = "0001-01-01";
    private static final Map<String, SaleStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("1", SaleStatus.OPEN),
            Map.entry("2", SaleStatus.SOLD),
            Map.entry("3", SaleStatus.LOST),
            Map.entry("4", SaleStatus.STALLED),
            Map.entry("offen", SaleStatus.OPEN),
            Map.entry("verkauft", SaleStatus.SOLD),
            Map.entry("verloren", SaleStatus.LOST),
            Map.entry("gestoppt", SaleStatus.STALLED),
            Map.entry("aufgeschoben", SaleStatus.STALLED));

    private SaleValues() {}

    /** A cell as text: text as is, a whole number without {@code .0}, a date as ISO ({@code 2025-01-07}). */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof String s) {
            return s.strip();
        }
        if (cell instanceof BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        if (cell instanceof LocalDateTime t) {
            return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? t.toLocalDate().toString()
                    : t.toString();
        }
        return cell.toString();
    }

    private static boolean empty(Object cell) {
        return cell == null || cell instanceof String s && s.isBlank();
    }

    /** A positive whole number: {@code 900001}, or a workbook number without a fraction. */
    static long saleId(Object cell) {
        if (empty(cell)) {
            throw new IllegalArgumentException("SaleId is empty");
        }
        long id = wholeNumber("SaleId", cell);
        if (id <= 0) {
            throw new IllegalArgumentException("SaleId '" + text(cell) + "' is not a positive whole number");
        }
        return id;
    }

    /** 0 for empty: SuperOffice exports sales without a company as contact id 0 or an empty cell. */
    static long customerId(Object cell) {
        if (empty(cell)) {
            return 0;
        }
        long id = wholeNumber("CustomerId", cell);
        if (id < 0) {
            throw new IllegalArgumentException("CustomerId '" + text(cell) + "' is negative");
        }
        return id;
    }

    private static long wholeNumber(String column, Object cell) {
        try {
            if (cell instanceof BigDecimal n) {
                return n.longValueExact();
            }
            return Long.parseLong(text(cell));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text(cell) + "' is not a whole number", e);
        }
    }

    /**
     * The day of a sale; null for empty and for SuperOffice's {@code 0001-01-01} "no date". Reads a workbook date,
     * ISO ({@code 2025-01-07}, with a time after {@code T} or a space), German {@code 07.01.2025}, {@code 7.1.25},
     * {@code 07.01.2025 09:15}, and an Excel serial number ({@code 45664}, also as text).
     *
     * @param date1904 whether serial numbers count from 1904 (a workbook setting; false for text files)
     */
    static LocalDate date(Object cell, boolean date1904) {
        if (empty(cell)) {
            return null;
        }
        if (cell instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (cell instanceof BigDecimal n) {
            return serial(n, date1904, text(cell));
        }
        String text = text(cell);
        if (text.startsWith(NO_DATE_SENTINEL)) {
            return null;
        }
        try {
            Matcher iso = ISO_DATE_PREFIX.matcher(text);
            if (iso.matches()) {
                return LocalDate.parse(iso.group(1));
            }
            if (SERIAL.matcher(text).matches()) {
                return serial(new BigDecimal(text.replace(',', '.')), date1904, text);
            }
            if (SLASHED.matcher(text).matches()) {
                throw new IllegalArgumentException("SaleDate '" + text + "' could be day/month or month/day"
                        + " (write 2025-01-08 or 08.01.2025)");
            }
            return GERMAN_DATE.parse(text, LocalDate::from);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "SaleDate '" + text + "' is not a date (expected 2025-01-07,"
                            + " 07.01.2025, 07.01.2025 09:15, 7.1.25 or an Excel date)",
                    e);
        }
    }

    private static LocalDate serial(BigDecimal serial, boolean date1904, String text) {
        try {
            return ExcelDates.fromSerial(serial, date1904).toLocalDate();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SaleDate '" + text + "' is not a date Excel can mean", e);
        }
    }

    /**
     * An amount as German and English exports write it, currency sign or code before or after, spaces or
     * apostrophes grouping thousands: {@code 14.990,00 €}, {@code € 2.000}, {@code 1,234.50 EUR}, {@code -1.234,50};
     * null for empty and for {@code -} (Excel's accounting zero). With both {@code .} and {@code ,} the last is the
     * decimal mark. With one of them once and exactly three digits after it ({@code 2.000}, {@code 1,234}), it groups
     * thousands (currency amounts have two decimals, not three); otherwise a single mark is the decimal mark
     * ({@code 1234,5}) and repeated ones group ({@code 1.234.567}).
     */
    static BigDecimal amount(Object cell) {
        if (cell instanceof BigDecimal n) {
            return n;
        }
        if (empty(cell)) {
            return null;
        }
        String original = text(cell);
        String s = original;
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true; // accounting format
            s = s.substring(1, s.length() - 1).strip();
        }
        boolean signed = s.startsWith("-") && s.length() > 1;
        if (signed) {
            negative = !negative;
            s = s.substring(1).strip();
        }
        s = CURRENCY.matcher(s).replaceAll("").strip();
        if (!signed && s.startsWith("-") && s.length() > 1) {
            negative = !negative; // "€ -2.000"
            s = s.substring(1);
        }
        s = NUMBER_SPACES.matcher(s).replaceAll("");
        if (s.isEmpty() || s.equals("-")) {
            return null; // "-" is Excel's accounting zero, "€" alone an empty amount
        }
        char decimal = decimalMark(s);
        char group = decimal == ',' ? '.' : ',';
        String marked = s.replace(group, 'G').replace(decimal, 'D');
        if (marked.indexOf('G') >= 0 && !GROUPED.matcher(marked).matches()) {
            throw notAnAmount(original);
        }
        String plain = marked.replace("G", "").replace('D', '.');
        if (!PLAIN_NUMBER.matcher(plain).matches()) {
            throw notAnAmount(original);
        }
        BigDecimal value = new BigDecimal(plain);
        return negative ? value.negate() : value;
    }

    /** Which of {@code .} and {@code ,} is the decimal mark of an unsigned number (see {@link #amount}). */
    private static char decimalMark(String s) {
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0) {
            return lastComma > lastDot ? ',' : '.';
        }
        int last = Math.max(lastComma, lastDot);
        if (last < 0) {
            return '.';
        }
        char mark = s.charAt(last);
        char other = mark == ',' ? '.' : ',';
        if (s.indexOf(mark) != last) {
            return other; // repeated: it groups
        }
        boolean groupsThousands = s.length() - last - 1 == 3 && last >= 1 && last <= 3 && s.charAt(0) != '0';
        return groupsThousands ? other : mark;
    }

    private static IllegalArgumentException notAnAmount(String text) {
        return new IllegalArgumentException(
                "Amount '" + text + "' is not an amount (expected 1234.50, 1.234,50 €, € 2.000 or 1,234.50 EUR)");
    }

    /** The English name, SuperOffice's {@code [SR_SALE_SOLD]} or number (1 open .. 4 stalled), or the German word. */
    static SaleStatus status(Object cell) {
        String s = text(cell).toLowerCase(Locale.ROOT);
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
                    "Status '" + text(cell) + "' is not a sale status (open, sold, lost, stalled)", e);
        }
    }
}
