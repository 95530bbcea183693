package com.roboplanet.soconnector.sandbox.http;

import java.time.LocalDateTime;

/** Formats dates as SuperOffice does: {@code yyyy-MM-ddTHH:mm:ss}, no offset, always with seconds. */
public final class DateText {
    /** How SuperOffice writes "no date": the .NET minimum date. */
    public static final String NO_DATE = "0001-01-01T00:00:00";

    private DateText() {}

    /** {@code value} as {@code yyyy-MM-ddTHH:mm:ss}, or {@link #NO_DATE} for {@code null}. */
    public static String formatOrNone(LocalDateTime value) {
        return value == null ? NO_DATE : format(value);
    }

    /** {@code value} as {@code yyyy-MM-ddTHH:mm:ss}; the fraction of a second is dropped. */
    public static String format(LocalDateTime value) {
        char[] text = new char[19];
        digits(text, 0, value.getYear(), 4);
        text[4] = '-';
        digits(text, 5, value.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, value.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, value.getHour(), 2);
        text[13] = ':';
        digits(text, 14, value.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, value.getSecond(), 2);
        return new String(text);
    }

    private static void digits(char[] into, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            into[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
