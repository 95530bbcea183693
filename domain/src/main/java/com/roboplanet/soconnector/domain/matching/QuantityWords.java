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
            // places, customers and versions: a branch, room or hall number, a customer number, a model's generation
            "kunde",
            "kd",
            "filiale",
            "standort",
            "gebäude",
            "gebaeude",
            "halle",
            "etage",
            "stock",
            "stockwerk",
            "raum",
            "zimmer",
            "tisch",
            "haus",
            "werk",
            "lager",
            "linie",
            "version",
            "typ",
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
            "customer",
            "store",
            "branch",
            "site",
            "room",
            "floor",
            "level",
            "building",
            "hall",
            "table",
            "gate",
            "line",
            "plant",
            "warehouse",
            "type",
            "gen",
            "mk",
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

    /**
     * After a count, these make it a frequency, not a quantity: {@code Service 4x jährlich}, {@code BellaBot 2x
     * täglich Reinigung}, {@code 2x monthly}. So do {@link #FREQUENCY_LEADS} before a {@link #PERIODS} word ({@code
     * 4x im Jahr}, {@code 2x pro Monat}, {@code 2x per year}, {@code 2x a week}).
     */
    static final List<String> FREQUENCY_WORDS = List.of(
            "jährlich",
            "jaehrlich",
            "jährl",
            "jaehrl",
            "halbjährlich",
            "halbjaehrlich",
            "monatlich",
            "monatl",
            "wöchentlich",
            "woechentlich",
            "wöchentl",
            "täglich",
            "taeglich",
            "tägl",
            "quartalsweise",
            "vierteljährlich",
            "vierteljaehrlich",
            "yearly",
            "annually",
            "annual",
            "monthly",
            "weekly",
            "daily",
            "quarterly");

    /**
     * After a product and before a count, they make the count one for each of several products ({@code BellaBot /
     * KettyBot je 2x}): read as 1 and listed for checking, because which products it is for is not clear.
     */
    static final List<String> EACH_WORDS = List.of("je", "jeweils", "each", "apiece");

    /** Before a {@link #PERIODS} word after a count, they make the count a frequency: {@code 4x im Jahr}. */
    static final List<String> FREQUENCY_LEADS =
            List.of("im", "pro", "per", "je", "am", "die", "a", "an", "each", "every");

    /** What a frequency counts per: {@code 4x im Jahr}, {@code 2x per month}. */
    static final List<String> PERIODS =
            List.of("jahr", "monat", "woche", "tag", "quartal", "halbjahr", "year", "month", "week", "day", "quarter");

    /**
     * Right before a mention (or its count), they say it is not sold: {@code kein BellaBot}, {@code ohne Ladestation},
     * {@code no BellaBot}, {@code without charger}. The mention is not counted.
     */
    static final List<String> NEGATIONS = List.of(
            "kein",
            "keine",
            "keinen",
            "keinem",
            "keiner",
            "ohne",
            "nicht",
            "no",
            "not",
            "without",
            "excl",
            "exkl",
            "exklusive",
            "excluding");

    /**
     * Anywhere before a mention, they say the sale is cancelled or taken back: {@code Storno: 2x BellaBot}, {@code
     * Rückgabe 2x BellaBot}, {@code cancelled - 3x KettyBot}. The mentions after them are not counted.
     */
    static final List<String> CANCELLATIONS = List.of(
            "storno",
            "storniert",
            "stornierung",
            "annulliert",
            "rückgabe",
            "rueckgabe",
            "rücknahme",
            "ruecknahme",
            "retoure",
            "gutschrift",
            "cancelled",
            "canceled",
            "cancellation",
            "cancel",
            "returned",
            "refund");

    /**
     * Number words two to twelve, German and English, at the index of their value ({@code zwei BellaBot} is 2,
     * {@code drei Stück BellaBot} 3, {@code two BellaBots} 2). One ({@code ein}, {@code one}) is what a mention
     * counts anyway, and is left out because {@code ein} is also the article.
     */
    static final List<List<String>> NUMBER_WORDS = List.of(
            List.of(),
            List.of(),
            List.of("zwei", "zwo", "two"),
            List.of("drei", "three"),
            List.of("vier", "four"),
            List.of("fünf", "fuenf", "five"),
            List.of("sechs", "six"),
            List.of("sieben", "seven"),
            List.of("acht", "eight"),
            List.of("neun", "nine"),
            List.of("zehn", "ten"),
            List.of("elf", "eleven"),
            List.of("zwölf", "zwoelf", "twelve"));

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

    /**
     * The value of the number word {@code text[start, end)} (see {@link #NUMBER_WORDS}), or -1; allocates nothing.
     */
    static int numberWord(CharSequence text, int start, int end) {
        if (!NUMBER_WORD_SET.contains(text, start, end)) {
            return -1;
        }
        for (int value = 2; value < NUMBER_WORDS.size(); value++) {
            if (isOneOf(text, start, end, NUMBER_WORDS.get(value))) {
                return value;
            }
        }
        return -1;
    }

    /** A frequency word, or a lead and period ({@code im Jahr}), starts at {@code start}: its end, else -1. */
    static int frequencyEnd(CharSequence text, int start, int limit) {
        int wordEnd = lettersEnd(text, start, limit);
        if (wordEnd == start) {
            return -1;
        }
        if (FREQUENCY_SET.contains(text, start, wordEnd)) {
            return wordEnd < limit && text.charAt(wordEnd) == '.' ? wordEnd + 1 : wordEnd;
        }
        if (!LEAD_SET.contains(text, start, wordEnd)) {
            return -1;
        }
        int periodStart = wordEnd;
        while (periodStart < limit && text.charAt(periodStart) == ' ') {
            periodStart++;
        }
        int periodEnd = lettersEnd(text, periodStart, limit);
        return periodEnd > periodStart && PERIOD_SET.contains(text, periodStart, periodEnd) ? periodEnd : -1;
    }

    /** Whether {@code text[start, end)} is one of {@link #NEGATIONS}; allocates nothing. */
    static boolean isNegation(CharSequence text, int start, int end) {
        return NEGATION_SET.contains(text, start, end);
    }

    /** Whether {@code text[start, end)} is one of {@link #CANCELLATIONS}; allocates nothing. */
    static boolean isCancellation(CharSequence text, int start, int end) {
        return CANCELLATION_SET.contains(text, start, end);
    }

    private static final WordSet FREQUENCY_SET = new WordSet(FREQUENCY_WORDS);
    private static final WordSet LEAD_SET = new WordSet(FREQUENCY_LEADS);
    private static final WordSet PERIOD_SET = new WordSet(PERIODS);
    private static final WordSet NEGATION_SET = new WordSet(NEGATIONS);
    private static final WordSet CANCELLATION_SET = new WordSet(CANCELLATIONS);

    private static int lettersEnd(CharSequence text, int start, int limit) {
        int end = start;
        while (end < limit && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static final WordSet QUANTITY_WORDS = new WordSet(Stream.of(
                    COUNT_UNITS,
                    COUNT_LABELS,
                    NUMBER_LABELS,
                    CURRENCIES,
                    PRICE_MARKERS,
                    NOT_COUNT_SUFFIXES,
                    LINK_WORDS,
                    FREQUENCY_WORDS)
            .flatMap(List::stream)
            .toList());

    private static final WordSet NUMBER_WORD_SET =
            new WordSet(NUMBER_WORDS.stream().flatMap(List::stream).toList());

    /** Lower-case words in an open-addressing table of their hashes: membership ignoring case, without allocating. */
    static final class WordSet {
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
                    NOT_COUNT_SUFFIXES,
                    FREQUENCY_WORDS,
                    FREQUENCY_LEADS,
                    PERIODS,
                    EACH_WORDS,
                    NEGATIONS,
                    CANCELLATIONS,
                    NUMBER_WORDS.stream().flatMap(List::stream).toList())
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
