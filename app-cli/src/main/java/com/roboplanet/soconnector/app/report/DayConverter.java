package com.roboplanet.soconnector.app.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A day as people write it on either side of the Rhine: ISO {@code 2024-02-01} or German {@code 01.02.2024} (also
 * {@code 1.2.2024}). Strict: {@code 31.02.2024} is no day, {@code 02/01/2024} is refused rather than guessed (January
 * or February?).
 */
final class DayConverter implements ITypeConverter<LocalDate> {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    @Override
    public LocalDate convert(String value) {
        String text = value.strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        boolean looksLikeADate = text.matches("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
        throw new TypeConversionException("'" + value + "' is "
                + (looksLikeADate ? "no day of the calendar" : "not a date")
                + "; expected YYYY-MM-DD or DD.MM.YYYY, e.g. 2024-02-01 or 01.02.2024");
    }
}
