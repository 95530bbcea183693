package com.roboplanet.soconnector.adapters.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

/**
 * Excel keeps a date as a number of days (a serial number) and shows it as a date only through the cell's number
 * format. This tells date formats from number formats and turns serial numbers into dates (ECMA-376 Part 1,
 * 18.17.4 "Dates and Times"; 18.8.30 for the built-in formats).
 */
final class ExcelDates {
    /** Day 0 of the 1900 system as Excel counts from day 61 on (it treats 1900 as a leap year). */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** Serials before 1900-03-01 depend on Excel's fictitious 1900-02-29: no sale is dated then. */
    private static final int FIRST_UNAMBIGUOUS_1900 = 61;
    /** 9999-12-31, Excel's last date. */
    private static final int LAST_SERIAL = 2_958_465;

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    /** Quoted text, escaped characters, and [Red] / [$-407] blocks: none of them makes a format a date. */
    private static final Pattern NOT_A_PLACEHOLDER = Pattern.compile("\"[^\"]*\"|\\\\.|_.|\\*.|\\[(?![hms]+])[^]]*]");

    private ExcelDates() {}

    /**
     * Whether a number format shows a date or time: the built-in ids 14-22 and 45-47 (and the East Asian 27-36,
     * 50-58), or a format with a day, month, year, hour or second placeholder and no digit placeholder.
     */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null
                && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58)) {
            return true;
        }
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
            return false;
        }
        String section = format.split(";", -1)[0];
        String placeholders = NOT_A_PLACEHOLDER.matcher(section).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        if (placeholders.contains("0") || placeholders.contains("#") || placeholders.contains("?")) {
            return false;
        }
        return placeholders.chars().anyMatch(c -> c == 'd' || c == 'm' || c == 'y' || c == 'h' || c == 's' || c == 'e');
    }

    /**
     * The day and time a serial number stands for.
     *
     * @param date1904 whether the workbook counts from 1904 (older Mac Excel)
     * @throws IllegalArgumentException for a serial outside Excel's dates, or before 1900-03-01
     */
    static LocalDateTime fromSerial(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0
                || serial.compareTo(BigDecimal.valueOf(LAST_SERIAL)) > 0
                || !date1904 && serial.compareTo(BigDecimal.valueOf(FIRST_UNAMBIGUOUS_1900)) < 0) {
            throw new IllegalArgumentException("not a date Excel can mean");
        }
        long days = serial.longValue();
        long seconds = serial.subtract(BigDecimal.valueOf(days))
                .multiply(SECONDS_PER_DAY)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        LocalDate epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
        return epoch.plusDays(days).atStartOfDay().plusSeconds(seconds);
    }
}
