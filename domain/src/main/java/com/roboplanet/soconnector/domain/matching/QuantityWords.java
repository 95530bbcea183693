package com.roboplanet.soconnector.domain.matching;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every word the quantity rules know, German and English, in one place. Words are compared with the folded
 * heading (see {@link Skeleton}), ignoring case and a trailing abbreviation dot; German words are listed with
 * their umlaut and spelled out ({@code stück}, {@code stueck}).
 */
final class QuantityWords {
    /** After a number, it counts pieces: {@code 2 Stk.}, {@code 3 Stück}, {@code 4 pcs}. */
    static final List<String> COUNT_UNITS = List.of(
            "stk",
            "stck",
            "st",
            "stück",
            "stueck",
            "einheit",
            "einheiten",
            "pcs",
            "pc",
            "pce",
            "piece",
            "pieces",
            "unit",
            "units");

    /** Before a number, it says the number is a count: {@code Menge: 4}, {@code Anzahl 3}, {@code Qty: 4}. */
    static final List<String> COUNT_LABELS =
            List.of("menge", "anzahl", "anz", "stückzahl", "stueckzahl", "qty", "quantity");

    /**
     * Before a number, it says the number names something else (a week, a project, an order, a position): {@code
     * KW 12}, {@code Projekt 4711}, {@code Nr. 5}, {@code Angebot-Nr. 123}, {@code # 7}.
     */
    static final List<String> NUMBER_LABELS = List.of(
            // German
            "kw",
            "woche",
            "projekt",
            "proj",
            "auftrag",
            "nr",
            "pos",
            "los",
            "rechnung",
            "vertrag",
            // English
            "cw",
            "week",
            "wk",
            "project",
            "no",
            "lot",
            "invoice",
            "contract",
            "ref",
            "#");

    /**
     * Currencies written as words; currency signs ({@code €}, {@code $}, {@code £}) count without being listed.
     * Before a number they make it a price ({@code EUR 500}) unless a number stands before them, whose currency
     * they are ({@code 1.200 EUR 2 BellaBot}); after a number they make it a price ({@code 500 EUR}).
     */
    static final List<String> CURRENCIES = List.of("eur", "euro", "usd", "chf", "gbp");

    /** Before a number, it makes the number a price: {@code à 1.200}, {@code @ 99}, {@code je 50}, {@code each 50}. */
    static final List<String> PRICE_MARKERS = List.of("à", "á", "@", "je", "each");

    /**
     * After a number, it makes the number something other than a count: a percentage ({@code 10 %}), a price
     * ({@code 500 EUR}, see {@link #CURRENCIES}), a duration ({@code 3 Jahre}, {@code 12 Monate}) or a time
     * ({@code 10 Uhr}).
     */
    static final List<String> NOT_COUNT_SUFFIXES = Stream.of(
                    List.of("%", "prozent", "percent", "pct"),
                    CURRENCIES,
                    List.of(
                            "jahr", "jahre", "jahren", "monat", "monate", "monaten", "mon", "woche", "wochen", "tag",
                            "tage", "tagen", "std", "stunde", "stunden", "min", "uhr", "h"),
                    List.of(
                            "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour",
                            "hours"))
            .flatMap(List::stream)
            .toList();

    /** A number from 1900 to 2099 without a count marker is a year ({@code Wartungsvertrag 2025}). */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2099;

    private QuantityWords() {}

    /** Whether {@code text[start, end)} is one of {@code words}, ignoring case; allocates nothing. */
    static boolean isOneOf(CharSequence text, int start, int end, List<String> words) {
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (word.length() == end - start && sameIgnoringCase(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameIgnoringCase(CharSequence text, int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(text.charAt(start + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
