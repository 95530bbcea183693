package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.SaleStatus;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SaleValuesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1234.5|1234.5",
                "1234,5|1234.5",
                "1.234,50|1234.50",
                "1,234.50|1234.50",
                "1.234.567|1234567",
                "1,234,567|1234567",
                "1.234.567,89|1234567.89",
                "-1.234,50|-1234.50",
                "12 500,00|12500.00",
                "0|0",
                "14.990,00 €|14990.00",
                "€ 2.000|2000",
                "1,234.50 EUR|1234.50",
                "2.000|2000",
                "1,234|1234",
                "0,123|0.123",
                "1234,567|1234.567",
                "(1.234,50)|-1234.50",
                "€ -2.000|-2000",
                "-€ 2.000|-2000",
                "CHF 1'234.50|1234.50",
                "$1,234.50|1234.50"
            })
    void amount_whenWrittenInAnyLocale_readsTheNumber(String text, String expected) {
        assertThat(SaleValues.amount(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "€", " - € "})
    void amount_whenEmptyOrAccountingZeroDash_isEmpty(String text) {
        assertThat(SaleValues.amount(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 Euro", "1,2,3", "1.23.4", "1.234,5,6", "--5", "1,23.456", "n/a", "12€34"})
    void amount_whenNotANumber_refuses(String text) {
        assertThatThrownBy(() -> SaleValues.amount(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Amount '" + text.strip() + "' is not an amount");
    }

    /** Every amount shape people and Excel write (German, English, Swiss, French, currency before and after). */
    static Stream<Arguments> amountShapes() {
        DecimalFormat german = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        DecimalFormat english = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        DecimalFormat swiss = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        DecimalFormatSymbols apostrophe = DecimalFormatSymbols.getInstance(Locale.US);
        apostrophe.setGroupingSeparator('\'');
        swiss.setDecimalFormatSymbols(apostrophe);
        DecimalFormat french = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        DecimalFormatSymbols narrow = DecimalFormatSymbols.getInstance(Locale.GERMANY);
        narrow.setGroupingSeparator('\u202F');
        french.setDecimalFormatSymbols(narrow);
        DecimalFormat germanWhole = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        DecimalFormat englishWhole = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        List<Function<BigDecimal, String>> shapes = List.of(
                german::format,
                v -> german.format(v) + " €",
                v -> german.format(v) + "\u00A0€",
                v -> german.format(v) + "€",
                v -> "€ " + german.format(v),
                v -> german.format(v) + " EUR",
                english::format,
                v -> "$" + english.format(v),
                v -> english.format(v) + " USD",
                v -> "EUR " + english.format(v),
                swiss::format,
                v -> "CHF " + swiss.format(v),
                french::format,
                v -> v.toPlainString());
        List<Arguments> cases = new ArrayList<>();
        for (String value :
                List.of("0.00", "5.00", "12.50", "999.99", "1000.00", "2000.00", "14990.00", "1234567.89")) {
            for (String sign : List.of("", "-")) {
                BigDecimal amount = new BigDecimal(sign + value);
                for (Function<BigDecimal, String> shape : shapes) {
                    String text = amount.signum() < 0 ? "-" + shape.apply(amount.negate()) : shape.apply(amount);
                    cases.add(Arguments.of(text, amount));
                }
                if (amount.stripTrailingZeros().scale() <= 0) {
                    cases.add(Arguments.of("€ " + sign + germanWhole.format(amount.abs()), amount));
                    cases.add(Arguments.of(sign + englishWhole.format(amount.abs()) + " EUR", amount));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("amountShapes")
    void amount_inEveryShape_readsTheValue(String text, BigDecimal expected) {
        assertThat(SaleValues.amount(text)).isEqualByComparingTo(expected);
    }

    @Test
    void amount_whenWorkbookNumber_isTakenAsIs() {
        assertThat(SaleValues.amount(new BigDecimal("14990.5"))).isEqualByComparingTo("14990.5");
    }

    /** Every date shape: ISO, ISO with time, German with and without time, short years, Excel serials, typed. */
    static Stream<Arguments> dateShapes() {
        List<Function<LocalDateTime, Object>> shapes = List.of(
                t -> t.toLocalDate().toString(),
                t -> t.truncatedTo(ChronoUnit.SECONDS).toString(),
                t -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(t),
                t -> DateTimeFormatter.ofPattern("dd.MM.yyyy").format(t),
                t -> DateTimeFormatter.ofPattern("d.M.yyyy").format(t),
                t -> DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(t),
                t -> DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").format(t),
                t -> DateTimeFormatter.ofPattern("d.M.yy").format(t),
                t -> DateTimeFormatter.ofPattern("dd.MM.yy H:mm").format(t),
                t -> Long.toString(serial(t.toLocalDate())),
                t -> serial(t.toLocalDate()) + ",5",
                t -> new BigDecimal(serial(t.toLocalDate()) + ".75"),
                t -> t);
        List<Arguments> cases = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2000, 1, 1, 0, 0);
        for (int step = 0; step < 36; step++) {
            LocalDateTime when = start.plusDays(step * 1013L).plusMinutes(step * 97L);
            for (Function<LocalDateTime, Object> shape : shapes) {
                cases.add(Arguments.of(shape.apply(when), when.toLocalDate()));
            }
        }
        return cases.stream();
    }

    private static long serial(LocalDate day) {
        return ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), day);
    }

    @ParameterizedTest
    @MethodSource("dateShapes")
    void date_inEveryShape_readsTheDay(Object cell, LocalDate expected) {
        assertThat(SaleValues.date(cell, false)).isEqualTo(expected);
    }

    @Test
    void date_whenSerialOfA1904Workbook_countsFrom1904() {
        // ECMA-376 18.17.4.1: the 1904 system counts from 1904-01-01, 1,462 days after the 1900 system's day 0.
        assertThat(SaleValues.date(new BigDecimal("43741"), true)).isEqualTo(LocalDate.of(2023, 10, 4));
        assertThat(SaleValues.date(new BigDecimal("43741"), true))
                .isEqualTo(SaleValues.date(new BigDecimal(43741 + 1462), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "0001-01-01", "0001-01-01T00:00:00"})
    void date_whenEmptyOrNoDateSentinel_isEmpty(String text) {
        assertThat(SaleValues.date(text, false)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2024", "2024-02-30", "heute", "2024-3-1", "07.01.2025 25:00", "12", "-5"})
    void date_whenNotADate_refuses(String text) {
        assertThatThrownBy(() -> SaleValues.date(text, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SaleDate '" + text + "' is not a date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1/8/2025", "03/01/2024", "12/11/2024 10:00"})
    void date_whenSlashed_refusesAsAmbiguous(String text) {
        assertThatThrownBy(() -> SaleValues.date(text, false))
                .hasMessage("SaleDate '" + text + "' could be day/month or month/day (write 2025-01-08 or 08.01.2025)");
    }

    @ParameterizedTest
    @CsvSource({
        "open,OPEN",
        "Sold,SOLD",
        "[SR_SALE_LOST],LOST",
        "4,STALLED",
        "Offen,OPEN",
        "verloren,LOST",
        "Aufgeschoben,STALLED"
    })
    void status_whenWrittenAnyKnownWay_readsIt(String text, SaleStatus expected) {
        assertThat(SaleValues.status(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "1.5", "abc"})
    void saleId_whenNotPositiveWhole_refuses(String text) {
        assertThatThrownBy(() -> SaleValues.saleId(text)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Ids as a spreadsheet's number formats show them: every grouping separator, with and without zero decimals. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> idsWithSeparators() {
        java.util.List<org.junit.jupiter.params.provider.Arguments> cases = new java.util.ArrayList<>();
        for (long id : new long[] {7, 999, 1234, 12_345, 900_002, 1_234_567, 2_147_483_648L}) {
            String plain = Long.toString(id);
            for (String sep : java.util.List.of(".", ",", " ", "\u00a0", "\u202f", "\u2009", "'")) {
                String grouped = group(plain, sep);
                for (String decimals : java.util.List.of("", ",0", ".00", ",00")) {
                    if (decimals.startsWith(sep)) {
                        continue; // one mark for both: not a number anyone writes
                    }
                    cases.add(org.junit.jupiter.params.provider.Arguments.of(grouped + decimals, id));
                }
            }
        }
        return cases.stream();
    }

    private static String group(String digits, String sep) {
        StringBuilder out = new StringBuilder(digits);
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            out.insert(i, sep);
        }
        return out.toString();
    }

    /** M2: Excel's text-forcing forms of an id, typed ({@code '900024}) and exported ({@code ="900025"}). */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("idsWithSeparators")
    void saleId_inExcelsTextForcingForms_readsTheWholeNumber(String text, long expected) {
        for (String forced : java.util.List.of("'" + text, "=\"" + text + "\"", " '" + text + " ")) {
            assertThat(SaleValues.saleId(forced)).as(forced).isEqualTo(expected);
            assertThat(SaleValues.customerId(forced)).as(forced).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("idsWithSeparators")
    void saleId_withThousandsSeparatorsOrZeroDecimals_readsTheWholeNumber(String text, long expected) {
        assertThat(SaleValues.saleId(text)).isEqualTo(expected);
        assertThat(SaleValues.customerId(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.000", "12,000", "900.000"})
    void saleId_oneGroupOfZeros_isAmbiguousAndNamesBothReadings(String text) {
        String sep = text.contains(".") ? "." : ",";
        assertThatThrownBy(() -> SaleValues.saleId(text))
                .hasMessage("SaleId '" + text + "' could be " + text.replace(sep, "") + " (" + sep
                        + " separating thousands) or " + text.substring(0, text.indexOf(sep)) + " (" + sep
                        + " before decimals): format the column as a number without separators");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5E+5", "9.00002E5", "1e3"})
    void saleId_scientificNotation_isRefusedWithTheFix(String text) {
        assertThatThrownBy(() -> SaleValues.saleId(text))
                .hasMessageStartingWith("SaleId '" + text + "' is in scientific notation, which has lost digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"900.00.2", "90.0002", "1.234,567", "1,234.5", "1.234 567", "900004,5", "1..000"})
    void saleId_separatorsThatAreNoNumberFormat_areNotAWholeNumber(String text) {
        assertThatThrownBy(() -> SaleValues.saleId(text)).hasMessage("SaleId '" + text + "' is not a whole number");
    }

    @Test
    void saleId_whenWorkbookNumber_readsIt() {
        assertThat(SaleValues.saleId(new BigDecimal("900001"))).isEqualTo(900001);
        assertThatThrownBy(() -> SaleValues.saleId(new BigDecimal("900001.5")))
                .hasMessage("SaleId '900001.5' is not a whole number");
    }

    @Test
    void text_whenWorkbookValues_readsThemAsAPersonWould() {
        assertThat(SaleValues.text(new BigDecimal("380.0"))).isEqualTo("380");
        assertThat(SaleValues.text(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(SaleValues.text(LocalDateTime.of(2025, 1, 7, 0, 0))).isEqualTo("2025-01-07");
        assertThat(SaleValues.text(LocalDateTime.of(2025, 1, 7, 9, 15))).isEqualTo("2025-01-07T09:15");
        assertThat(SaleValues.text(Boolean.TRUE)).isEqualTo("true");
        assertThat(SaleValues.text(null)).isEmpty();
    }
}
