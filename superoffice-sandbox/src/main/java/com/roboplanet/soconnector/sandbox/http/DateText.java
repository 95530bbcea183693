package com.roboplanet.soconnector.sandbox;

import java.time.LocalDateTime;

/** Formats dates as SuperOffice does: {@code yyyy-MM-ddTHH:mm:ss}, no offset, always with seconds. */
final class DateText {
    private DateText() {}

    static String format(LocalDateTime value) {
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
