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
     * KW 12}, {@code Projekt 4711}, {@code Nr. 5}, {@code Angebot-Nr. 123}, {@code # 7}, {@code Order 12}, {@code
     * PO 4711}. Also a label glued to its number by {@code - _ /} ({@code KW-12}, {@code Projekt_4711}) and the
     * later numbers of a labelled range or list ({@code KW 12 bis 14}, {@code KW 12 + 13}).
     *
     * <p>The words that name a document, a record or a position are labels even where an English verb or a German
     * noun could also stand before a count ({@code Order 3 BellaBot}, {@code Angebot 2 KettyBot}, {@code Item 3
     * BellaBot}): a label only refuses a <em>bare</em> number, so a count written with a marker still counts
     * ({@code Order: 3x BellaBot} is 3), whereas an order or offer number read as a count puts a product's total
     * off by thousands.
     */
    static final List<String> NUMBER_LABELS = List.of(
            // German
            "kw",
            "woche",
            "projekt",
            "proj",
            "auftrag",
            "angebot",
            "bestellung",
            "nr",
            "nummer",
            "pos",
            "position",
            "los",
            "rechnung",
            "vertrag",
            "ticket",
            // English
            "cw",
            "week",
            "wk",
            "project",
            "order",
            "offer",
            "quote",
            "po",
            "item",
            "no",
            "number",
            "id",
            "lot",
            "invoice",
            "contract",
            "ref",
            "#");

    /**
     * A word ending in one of these is a label too: German compounds and their English twins ({@code
     * Auftragsnummer}, {@code Angebotsnummer}, {@code Projektnummer}, {@code Bestellnummer}, {@code Auftragsnr.},
     * {@code Vertragsnr.}, {@code Kundennr.}, {@code Ordernumber}).
     */
    static final List<String> NUMBER_LABEL_ENDINGS = List.of("nummer", "nr", "number");

    /**
     * Between two numbers after a label, it makes the later one part of the labelled range or list: {@code KW 12
     * bis 14}, {@code KW 12 und 13}, {@code CW 12 to 14}, {@code KW 12 + 13}, {@code KW 12, 13 und 14}. A dash or
     * slash does so glued to the later number ({@code KW 12-14}, {@code KW 12 -14}, {@code KW 12/13}); with spaces
     * on both sides it, like a comma, as often separates the heading's parts ({@code Projekt 4711 - 3 BellaBot},
     * {@code Projekt 4711, 3 BellaBot}: 3), so a comma joins a list only before another list word ({@code KW 12, 13
     * und 14}).
     */
    static final List<String> RANGE_WORDS = List.of("bis", "und", "to", "and", "through", "+", "&");

    /**
     * Words that end a count's reach: a marked count reaches across up to {@link #WORDS_BETWEEN_COUNT_AND_PRODUCT}
     * other words to the product ({@code 3 Stk. Pudu BellaBot}, {@code 2x neue BellaBot}), but not across one of
     * these ({@code 3 Stk. Zubehör für BellaBot} counts no BellaBot).
     */
    static final List<String> LINK_WORDS = List.of(
            // German
            "für",
            "fuer",
            "mit",
            "und",
            "oder",
            "plus",
            "inkl",
            "zzgl",
            "exkl",
            "ohne",
            "zu",
            "zum",
            "zur",
            "von",
            "vom",
            "bzw",
            "sowie",
            "statt",
            "als",
            "pro",
            "je",
            "per",
            // English
            "for",
            "with",
            "and",
            "or",
            "incl",
            "excl",
            "without",
            "to",
            "of",
            "as",
            "instead",
            "each");

    /** How many words may stand between a marked count and its product (a maker, an adjective): two. */
    static final int WORDS_BETWEEN_COUNT_AND_PRODUCT = 2;

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

    /**
     * Whether {@code text[start, end)} is a number label: one of {@link #NUMBER_LABELS}, or a longer word ending in
     * one of {@link #NUMBER_LABEL_ENDINGS}.
     */
    static boolean isNumberLabel(CharSequence text, int start, int end) {
        if (isOneOf(text, start, end, NUMBER_LABELS)) {
            return true;
        }
        for (int w = 0; w < NUMBER_LABEL_ENDINGS.size(); w++) {
            String ending = NUMBER_LABEL_ENDINGS.get(w);
            if (end - start > ending.length() && sameIgnoringCase(text, end - ending.length(), ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Any word the quantity rules give a meaning: a unit, a count or number label, a currency, a price, duration or
     * link word. Asked for a word next to nearly every mention, so it is one hash lookup and allocates nothing.
     */
    static boolean isQuantityWord(CharSequence text, int start, int end) {
        return QUANTITY_WORDS.contains(text, start, end) || isNumberLabel(text, start, end);
    }

    /** Whether {@code text[start, end)} is one of {@code words} (one of the lists above), ignoring case; allocates nothing. */
    static boolean isOneOf(CharSequence text, int start, int end, List<String> words) {
        if (!mayBeAWord(text, start, end)) {
            return false;
        }
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (word.length() == end - start && sameIgnoringCase(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet QUANTITY_WORDS = new WordSet(Stream.of(
                    COUNT_UNITS, COUNT_LABELS, NUMBER_LABELS, CURRENCIES, PRICE_MARKERS, NOT_COUNT_SUFFIXES, LINK_WORDS)
            .flatMap(List::stream)
            .toList());

    /** Lower-case words in an open-addressing table of their hashes: membership ignoring case, without allocating. */
    private static final class WordSet {
        private final String[] slots;

        WordSet(List<String> words) {
            slots = new String[Integer.highestOneBit(Math.max(words.size(), 1) * 4) * 2];
            for (String word : words) {
                int i = hash(word, 0, word.length()) & (slots.length - 1);
                while (slots[i] != null && !slots[i].equals(word)) {
                    i = (i + 1) & (slots.length - 1);
                }
                slots[i] = word;
            }
        }

        boolean contains(CharSequence text, int start, int end) {
            int i = hash(text, start, end) & (slots.length - 1);
            while (slots[i] != null) {
                String word = slots[i];
                if (word.length() == end - start && sameIgnoringCase(text, start, word)) {
                    return true;
                }
                i = (i + 1) & (slots.length - 1);
            }
            return false;
        }

        private static int hash(CharSequence text, int start, int end) {
            int h = end - start;
            for (int k = start; k < end; k++) {
                h = 31 * h + Character.toLowerCase(text.charAt(k));
            }
            return h ^ (h >>> 16);
        }
    }

    private static final int INDEXED_LENGTH = 24;
    private static final int INDEXED_FIRST = 256;

    /**
     * Which (length, first letter) pairs the words of all lists above have: most text next to a product is no
     * quantity word, and this answers that without comparing it with every word.
     */
    private static final boolean[] FIRST_LETTERS = firstLetters(Stream.of(
                    COUNT_UNITS,
                    COUNT_LABELS,
                    NUMBER_LABELS,
                    NUMBER_LABEL_ENDINGS,
                    RANGE_WORDS,
                    LINK_WORDS,
                    CURRENCIES,
                    PRICE_MARKERS,
                    NOT_COUNT_SUFFIXES)
            .flatMap(List::stream)
            .toList());

    private static boolean[] firstLetters(List<String> words) {
        boolean[] index = new boolean[INDEXED_LENGTH * INDEXED_FIRST];
        for (String word : words) {
            char first = word.charAt(0);
            if (word.length() >= INDEXED_LENGTH || first >= INDEXED_FIRST) {
                throw new IllegalStateException("quantity word outside the index: " + word);
            }
            index[word.length() * INDEXED_FIRST + first] = true;
        }
        return index;
    }

    private static boolean mayBeAWord(CharSequence text, int start, int end) {
        int length = end - start;
        if (length <= 0 || length >= INDEXED_LENGTH) {
            return false;
        }
        char first = Character.toLowerCase(text.charAt(start));
        return first >= INDEXED_FIRST || FIRST_LETTERS[length * INDEXED_FIRST + first];
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
