package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.SaleStatus;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the cells of a sales export as people, Excel and CRMs write them. A cell is what
 * {@link TableInput.Row#value} gives: text, or a typed workbook value. Each method throws
 * {@link IllegalArgumentException} with a reason naming the value; the caller decides whether that skips the row
 * or leaves the cell empty, and adds file and line.
 */
final class SaleValues {
    private static final Pattern SLASHED = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4}( .*)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}([.,]\\d+)?");
    /** Currency signs and codes an amount may carry before or after the number. */
    private static final List<String> CURRENCIES =
            List.of("€", "$", "£", "¥", "CHF", "EUR", "USD", "GBP", "SEK", "NOK", "DKK", "PLN", "Fr.");
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

    /** Excel's text-forcing forms of a value: {@code '900024} (typed), {@code ="900025"} (exports keeping zeros). */
    private static final Pattern FORMULA_TEXT = Pattern.compile("=\"([^\"]*)\"");

    /** The value inside Excel's text-forcing forms ({@code '900024}, {@code ="900025"}); else the text itself. */
    private static String textForced(String text) {
        String stripped = text.strip();
        if (stripped.startsWith("'")) {
            return stripped.substring(1);
        }
        java.util.regex.Matcher formula = FORMULA_TEXT.matcher(stripped);
        return formula.matches() ? formula.group(1) : text;
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

    /** Thousands grouped by one separator: {@code 900.002}, {@code 1,234,567}, {@code 900 002}, {@code 900'002}. */
    private static final Pattern GROUPED =
            Pattern.compile("(\\d{1,3})(?<sep>[.,'\\u00A0\\u202F\\u2009 ])\\d{3}(?:\\k<sep>\\d{3})*");
    /** Zero decimals after a decimal point or comma: {@code 900004,0}, {@code 1.234.567,00}. */
    private static final Pattern ZERO_DECIMALS = Pattern.compile("(?<whole>.+?)(?<point>[.,])0+");

    /**
     * A whole number as a spreadsheet may show an id: plain ({@code 900002}), text-forced ({@code '900002}, {@code
     * ="900002"}), with thousands separators of one kind
     * ({@code 900.002} from German Excel's number format, {@code 900,002}, {@code 900 002}, {@code 900'002}), with zero
     * decimals ({@code 900002,0}, {@code 900.002,00}). An id is whole, so {@code 900.002} can only be 900002; but
     * {@code 1.000} could be 1000 or 1 with three decimals, and is refused naming both readings. Scientific notation
     * ({@code 1,5E+5}, what Excel shows in a narrow column) has lost digits and is refused with the fix.
     */
    private static long wholeNumber(String column, Object cell) {
        String text = textForced(text(cell));
        try {
            if (cell instanceof BigDecimal n) {
                return n.longValueExact();
            }
            if (text.matches("(?i)[-+]?\\d+([.,]\\d+)?e[-+]?\\d+")) {
                throw new IllegalArgumentException(column + " '" + text + "' is in scientific notation, which has lost"
                        + " digits: format the column as a number without decimals (Excel: Format Cells, Number) and"
                        + " export again");
            }
            String digits = text;
            java.util.regex.Matcher decimals = ZERO_DECIMALS.matcher(digits);
            String point = null;
            if (decimals.matches() && !GROUPED.matcher(digits).matches()) {
                digits = decimals.group("whole");
                point = decimals.group("point");
            }
            java.util.regex.Matcher grouped = GROUPED.matcher(digits);
            if (grouped.matches()) {
                String sep = grouped.group("sep");
                if (sep.equals(point)) {
                    throw new NumberFormatException("one separator for thousands and decimals");
                }
                String rest = digits.substring(grouped.end(1) + 1);
                if (point == null && (sep.equals(".") || sep.equals(",")) && rest.matches("0{3}")) {
                    throw new IllegalArgumentException(column + " '" + text + "' could be "
                            + digits.replace(sep, "") + " (" + sep + " separating thousands) or " + grouped.group(1)
                            + " (" + sep + " before decimals): format the column as a number without separators");
                }
                digits = digits.replace(sep, "");
            }
            return Long.parseLong(digits);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a whole number", e);
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
            LocalDate day = isoDay(text);
            if (day == null) {
                day = germanDay(text);
            }
            if (day != null) {
                return day;
            }
            if (SERIAL.matcher(text).matches()) {
                return serial(new BigDecimal(text.replace(',', '.')), date1904, text);
            }
            if (SLASHED.matcher(text).matches()) {
                throw new IllegalArgumentException("SaleDate '" + text + "' could be day/month or month/day"
                        + " (write 2025-01-08 or 08.01.2025)");
            }
        } catch (DateTimeException e) {
            throw notADate(text, e);
        }
        throw notADate(text, null);
    }

    private static IllegalArgumentException notADate(String text, Exception cause) {
        return new IllegalArgumentException(
                "SaleDate '" + text + "' is not a date (expected 2025-01-07, 07.01.2025, 07.01.2025 09:15, 7.1.25 or"
                        + " an Excel date)",
                cause);
    }

    /**
     * {@code 2025-01-07}, optionally followed by {@code T} or a space and anything (the time is not needed), or
     * null when the text does not have that shape. Written out rather than a pattern: it runs once per row.
     *
     * @throws DateTimeException for a shape that names no day ({@code 2024-02-30})
     */
    private static LocalDate isoDay(String s) {
        if (s.length() < 10
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.length() > 10 && s.charAt(10) != 'T' && s.charAt(10) != ' ') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
    }

    /**
     * {@code 7.1.25}, {@code 07.01.2025}, each optionally followed by {@code 09:15} or {@code 09:15:30} (a valid
     * time, not kept), or null when the text does not have that shape; two-digit years are 2000-2099.
     *
     * @throws DateTimeException for a shape that names no day or time ({@code 31.02.2024}, {@code 07.01.2025 25:00})
     */
    private static LocalDate germanDay(String s) {
        int firstDot = s.indexOf('.');
        int secondDot = firstDot < 0 ? -1 : s.indexOf('.', firstDot + 1);
        if (firstDot < 1 || firstDot > 2 || secondDot - firstDot < 2 || secondDot - firstDot > 3) {
            return null;
        }
        int space = s.indexOf(' ', secondDot);
        int yearEnd = space < 0 ? s.length() : space;
        int yearDigits = yearEnd - secondDot - 1;
        if (yearDigits != 2 && yearDigits != 4) {
            return null;
        }
        int day = digits(s, 0, firstDot);
        int month = digits(s, firstDot + 1, secondDot);
        int year = digits(s, secondDot + 1, yearEnd);
        if (day < 0 || month < 0 || year < 0) {
            return null;
        }
        if (space >= 0 && !validTime(s.substring(space + 1))) {
            throw new DateTimeException("not a time of day");
        }
        return LocalDate.of(yearDigits == 2 ? 2000 + year : year, month, day);
    }

    /** {@code H:mm} or {@code H:mm:ss} within a day. */
    private static boolean validTime(String t) {
        int colon = t.indexOf(':');
        if (colon < 1 || colon > 2 || t.length() != colon + 3 && t.length() != colon + 6) {
            return false;
        }
        int hour = digits(t, 0, colon);
        int minute = digits(t, colon + 1, colon + 3);
        int second = t.length() == colon + 6 && t.charAt(colon + 3) == ':' ? digits(t, colon + 4, colon + 6) : 0;
        return hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
    }

    /** The number written by the ASCII digits in {@code s[from, to)}, or -1 when any is not a digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
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
        if (plainDigitsAndMarks(original)) {
            return number(original, original, false);
        }
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
        s = withoutCurrency(s);
        if (!signed && s.startsWith("-") && s.length() > 1) {
            negative = !negative; // "€ -2.000"
            s = s.substring(1);
        }
        s = NUMBER_SPACES.matcher(s).replaceAll("");
        if (s.isEmpty() || s.equals("-")) {
            return null; // "-" is Excel's accounting zero, "€" alone an empty amount
        }
        return number(s, original, negative);
    }

    /** The text without one currency sign or code before the number and one after it. */
    private static String withoutCurrency(String s) {
        for (String currency : CURRENCIES) {
            if (s.regionMatches(true, 0, currency, 0, currency.length())) {
                s = s.substring(currency.length()).strip();
                break;
            }
        }
        for (String currency : CURRENCIES) {
            if (s.regionMatches(true, s.length() - currency.length(), currency, 0, currency.length())) {
                s = s.substring(0, s.length() - currency.length()).strip();
                break;
            }
        }
        return s;
    }

    /** Whether the text is digits with {@code .} and {@code ,} only, as most cells are: no sign, currency or space. */
    private static boolean plainDigitsAndMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != ',') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /**
     * An unsigned number with {@code .} and {@code ,} as {@link #amount} reads them: groups of three after a first
     * group of one to three digits, then at most one decimal mark followed by digits.
     */
    private static BigDecimal number(String s, String original, boolean negative) {
        char decimal = decimalMark(s);
        char group = decimal == ',' ? '.' : ',';
        StringBuilder plain = new StringBuilder(s.length() + 1).append(negative ? "-" : "");
        int run = 0;
        boolean grouped = false;
        boolean fraction = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                plain.append(c);
                run++;
            } else if (c == group && !fraction && run >= 1 && (grouped ? run == 3 : run <= 3)) {
                grouped = true;
                run = 0;
            } else if (c == decimal && !fraction && run >= 1 && (!grouped || run == 3)) {
                fraction = true;
                plain.append('.');
                run = 0;
            } else {
                throw notAnAmount(original);
            }
        }
        if (run == 0 || grouped && !fraction && run != 3) {
            throw notAnAmount(original);
        }
        return new BigDecimal(plain.toString());
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
