package com.roboplanet.soconnector.domain.matching;

import static com.roboplanet.soconnector.domain.matching.BoundaryRule.isAsciiDigit;

import java.util.List;

/**
 * Reads the quantity written next to a mention, in the folded text (see {@link Skeleton}), so that full-width
 * digits, non-breaking spaces and typographic dashes read like their plain twins. The words it knows are in
 * {@link QuantityWords}.
 *
 * <p>Before the mention: a number with a count marker ({@code 2x}, {@code 2 x}, {@code 2×}, {@code 2*}, {@code 2
 * Stk.}, {@code Qty: 4}), also across up to two plain words ({@code 3 Stk. Pudu BellaBot}, {@code 2x neue
 * BellaBot}), or a bare number right before it ({@code 12 BellaBot}), which counts unless it is a year
 * (1900..2099), follows a label ({@code KW 12}, {@code KW-12}, {@code Projekt 4711}, {@code Order 12}, {@code
 * Auftragsnr. 5}), is the later number of a labelled range or list ({@code KW 12 bis 14}) or is a price ({@code EUR
 * 500}, {@code à 500}).
 *
 * <p>After the mention, directly ({@code BellaBot2x}, when the alias ends with a letter), after a closing bracket,
 * or after a separator ({@code ,} {@code ;} {@code :} {@code -} {@code /}) and an opening bracket: only a number
 * with a count marker ({@code x2}, {@code × 2}, {@code 2x}, {@code 2 Stk.}, {@code (3x)}, {@code (2 Stk.)}, {@code
 * – 2 Stück}, {@code , Menge: 4}, {@code Menge 5}, {@code Anzahl 3}, {@code Qty: 4}, {@code Omnie (CD-01) x3});
 * what follows the count does not cancel it ({@code 2 x à 1.200 €} is 2). A bare number after a product is not a
 * quantity, because there it is usually a model or generation ({@code Omnie 2}). A count that runs straight into
 * the next mention belongs to that mention ({@code BellaBot 2x KettyBot}, {@code
 * BellaBot / Qty: 4 KettyBot}: KettyBot's), except {@code x2} ({@code Omnie x 2 BellaBot}: Omnie's), a number and
 * unit right after a mention with nothing but spaces between ({@code Omnie 2 Stk BellaBot}: Omnie's), and where the
 * caller says the next mention has a count of its own after it ({@code BellaBot 2x KettyBot 3x}: the 2 is
 * BellaBot's). With words between, the count is the earlier mention's ({@code BellaBot 2x neue KettyBot}): a count
 * reaches across words to a product only when no product before it claims it.
 *
 * <p>A number counts only as a whole token: one glued to other digits by {@code . , - / :} is part of a date,
 * a price, a time or a code ({@code 2024-03-01}, {@code 1.500,00}, {@code 12:30}), and one followed by a percent
 * sign, a currency or a duration ({@code x 12 Monate}, {@code 10 %}, {@code 500 €}) is not a count either.
 */
final class QuantityReader {
    /** Five digits are enough to tell "out of range" from any quantity; more cannot overflow anything. */
    private static final int MAX_DIGITS = 5;

    private static final String YEAR = "a year";
    private static final String PRICE = "a price";
    private static final String LABELLED = "a number after '";
    private static final String FREQUENCY = "a frequency";
    private static final String RANGE = "a range";
    private static final String FRACTION = "not a whole number";
    private static final String THOUSANDS = "written with a thousands separator";
    private static final String EACH = "a count for each of several products";

    /** {@code KW 12, 13, 14 und 15}: far enough for any list of weeks or positions in a heading. */
    private static final int MAX_LIST_DEPTH = 4;

    private QuantityReader() {}

    /** What a number next to a mention turned out to be. */
    enum Kind {
        NOTHING,
        /** A count with a marker, unit or count label. */
        MARKER,
        /** A count written as a bare number before the mention. */
        BARE_NUMBER,
        /** A number next to the mention that is not a count (a year, a labelled number, a price, a frequency). */
        NOT_A_COUNT,
        /**
         * A count marker with a number that is not a plain count ({@code 2,5x}, {@code 1.000x}, {@code 2-3x},
         * {@code je 2x}): read as 1 and listed for checking.
         */
        UNREADABLE
    }

    /**
     * A quantity as found, in folded-text positions.
     *
     * @param value the count, or -1 when outside 1..9999; 0 for {@link Kind#NOT_A_COUNT}
     * @param why for {@link Kind#NOT_A_COUNT}, what the number is instead ({@code "a year"}); otherwise empty
     */
    record Found(int start, int end, int value, Kind kind, String why) {
        static final Found NOTHING = new Found(-1, -1, 0, Kind.NOTHING, "");

        boolean counts() {
            return kind == Kind.MARKER || kind == Kind.BARE_NUMBER;
        }

        boolean isNothing() {
            return kind == Kind.NOTHING;
        }
    }

    /**
     * Reads backwards from {@code start}, never past {@code floor} (the end of what an earlier mention used): a
     * count right before the mention, else a marked count up to {@link QuantityWords#WORDS_BETWEEN_COUNT_AND_PRODUCT}
     * plain words further left ({@code 2x Pudu CC1}).
     */
    static Found before(CharSequence text, int start, int floor) {
        Found adjacent = adjacentBefore(text, start, floor, true);
        if (!adjacent.isNothing()) {
            return adjacent;
        }
        Found frequency = frequencyBefore(text, start, floor);
        if (frequency != null) {
            return frequency;
        }
        int p = start;
        for (int words = 0; words < QuantityWords.WORDS_BETWEEN_COUNT_AND_PRODUCT; words++) {
            int wordStart = plainWordBefore(text, p, floor);
            if (wordStart < 0) {
                break;
            }
            p = wordStart;
            Found marked = adjacentBefore(text, p, floor, false);
            if (marked.kind() == Kind.MARKER) {
                return marked;
            }
            if (!marked.isNothing()) {
                break;
            }
        }
        return Found.NOTHING;
    }

    /**
     * A frequency right before the mention: a marked count and {@code jährlich}, {@code im Jahr}, {@code per year}
     * ({@code 2x jährlich Wartung}); null when there is none.
     */
    private static Found frequencyBefore(CharSequence text, int start, int floor) {
        int wordEnd = skipSpacesBackward(text, start, floor);
        int wordStart = lettersStartBefore(text, wordEnd, floor);
        if (wordStart == wordEnd) {
            return null;
        }
        int from = wordStart;
        if (QuantityWords.frequencyEnd(text, wordStart, wordEnd) != wordEnd) {
            int leadEnd = skipSpacesBackward(text, wordStart, floor);
            int leadStart = lettersStartBefore(text, leadEnd, floor);
            if (leadStart == leadEnd || QuantityWords.frequencyEnd(text, leadStart, wordEnd) != wordEnd) {
                return null;
            }
            from = leadStart;
        }
        Found marked = adjacentBefore(text, from, floor, false);
        return marked.kind() == Kind.MARKER ? notACount(marked.start(), marked.end(), FREQUENCY) : null;
    }

    /**
     * A count ending right before {@code start} (spaces between): a marked one (also a number word, {@code zwei},
     * {@code drei Stück}), and with {@code bare} also a bare number or what a bare number there is instead ({@link
     * Kind#NOT_A_COUNT}); a marked number that is not a plain count is {@link Kind#UNREADABLE} ({@code 2,5x}).
     */
    private static Found adjacentBefore(CharSequence text, int start, int floor, boolean bare) {
        int p = skipSpacesBackward(text, start, floor);
        if (p > floor && isMarker(text.charAt(p - 1))) {
            int digitsEnd = skipSpacesBackward(text, p - 1, floor);
            int digitsStart = digitsStartBefore(text, digitsEnd, floor);
            if (digitsStart < digitsEnd && startsToken(text, digitsStart)) {
                return new Found(digitsStart, p, value(text, digitsStart, digitsEnd), Kind.MARKER, "");
            }
            Found unreadable = unreadableEndingAt(text, digitsEnd, p, floor);
            if (unreadable != null) {
                return unreadable;
            }
        }
        int unitStart = unitEndingAt(text, p, floor);
        if (unitStart >= 0) {
            int digitsEnd = skipSpacesBackward(text, unitStart, floor);
            int digitsStart = digitsStartBefore(text, digitsEnd, floor);
            if (digitsStart < digitsEnd && startsToken(text, digitsStart)) {
                return new Found(digitsStart, p, value(text, digitsStart, digitsEnd), Kind.MARKER, "");
            }
            Found word = numberWordEndingAt(text, digitsEnd, p, floor);
            if (word != null) {
                return word;
            }
            Found unreadable = unreadableEndingAt(text, digitsEnd, p, floor);
            if (unreadable != null) {
                return unreadable;
            }
        }
        if (p < start) {
            int digitsStart = digitsStartBefore(text, p, floor);
            if (digitsStart < p && startsToken(text, digitsStart)) {
                Found reading = bareNumber(text, digitsStart, p, floor, 0);
                return bare || reading.kind() == Kind.MARKER ? reading : notACount(digitsStart, p, "");
            }
            Found word = numberWordEndingAt(text, p, p, floor);
            if (word != null) {
                return word;
            }
        }
        return Found.NOTHING;
    }

    /**
     * A number word ({@code zwei}, {@code three}) ending at {@code wordEnd}: a count like a marked one, because a
     * number written as a word is never an order, a branch or a year; null when there is none.
     */
    private static Found numberWordEndingAt(CharSequence text, int wordEnd, int countEnd, int floor) {
        int wordStart = lettersStartBefore(text, wordEnd, floor);
        if (wordStart == wordEnd || (wordStart > floor && Character.isLetterOrDigit(text.charAt(wordStart - 1)))) {
            return null;
        }
        int value = QuantityWords.numberWord(text, wordStart, wordEnd);
        return value < 0 ? null : new Found(wordStart, countEnd, value, Kind.MARKER, "");
    }

    /**
     * Digits joined by {@code . , -} ending at {@code numberEnd} before a count marker or unit ({@code 2,5x}, {@code
     * 1.000x}, {@code 2-3 Stk.}): {@link Kind#UNREADABLE}, saying what the number looks like; null when there is
     * none.
     */
    private static Found unreadableEndingAt(CharSequence text, int numberEnd, int countEnd, int floor) {
        int start = numberEnd;
        while (start > floor && (isAsciiDigit(text.charAt(start - 1)) || joinsNumbers(text.charAt(start - 1)))) {
            start--;
        }
        while (start < numberEnd && !isAsciiDigit(text.charAt(start))) {
            start++;
        }
        if (start == numberEnd || !startsToken(text, start)) {
            return null;
        }
        return unreadable(text, start, numberEnd, start, countEnd);
    }

    /** What a number joined by {@code . , - /} in a count's place is; null when it holds no joiner. */
    private static Found unreadable(CharSequence text, int numberStart, int numberEnd, int start, int end) {
        String why = null;
        for (int k = numberStart; k < numberEnd; k++) {
            char c = text.charAt(k);
            if (c == '-' || c == '/') {
                why = RANGE;
            } else if (c == ',' && why == null) {
                why = FRACTION;
            } else if (c == '.' && why == null) {
                int digits = digitsEnd(text, k + 1, numberEnd) - k - 1;
                why = digits == 3 ? THOUSANDS : FRACTION;
            }
        }
        return why == null ? null : new Found(start, end, 0, Kind.UNREADABLE, why);
    }

    /**
     * The start of the plain word that ends before {@code end} (spaces or a dash between): letters only, and no
     * word the quantity rules give a meaning ({@code für}, {@code Stk}, {@code KW}); -1 when there is none.
     */
    private static int plainWordBefore(CharSequence text, int end, int floor) {
        int p = end;
        while (p > floor && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '-')) {
            p--;
        }
        int wordStart = lettersStartBefore(text, p, floor);
        if (wordStart + 1 < p
                && wordStart > floor
                && isAsciiDigit(text.charAt(wordStart - 1))
                && isMarker(text.charAt(wordStart))) {
            // 4xPudu CC1, 2xneue BellaBot: a count glued in front of the word, which starts after its marker
            return QuantityWords.isQuantityWord(text, wordStart + 1, p) ? -1 : wordStart + 1;
        }
        if (wordStart == p
                || (wordStart > floor && Character.isLetterOrDigit(text.charAt(wordStart - 1)))
                || QuantityWords.isQuantityWord(text, wordStart, p)) {
            return -1;
        }
        return wordStart;
    }

    /**
     * Reads forwards from {@code end}, never past {@code limit} (the start of the next mention, or the end of
     * the text); finds counts only.
     *
     * @param mayRunIntoNext a count that runs straight into the next mention is still this mention's: the next
     *     mention has a count of its own after it ({@code BellaBot 2x KettyBot 3x}), or is the same product
     *     ({@code Omnie 2x CD-01})
     */
    static Found after(CharSequence text, int end, int limit, boolean mayRunIntoNext) {
        int q = skipSpaces(text, end, limit);
        if (q == end && q < limit && isAsciiDigit(text.charAt(q))) {
            Found glued = countAt(text, q, limit, false, mayRunIntoNext, true);
            return glued.counts() ? glued : Found.NOTHING;
        }
        if (q < limit && (text.charAt(q) == ')' || text.charAt(q) == ']')) {
            q = skipSpaces(text, q + 1, limit);
        }
        boolean punctuated = false;
        if (q < limit && isSeparatorPunctuation(text.charAt(q))) {
            punctuated = true;
            q = skipSpaces(text, q + 1, limit);
        }
        int open = -1;
        if (q < limit && (text.charAt(q) == '(' || text.charAt(q) == '[')) {
            open = q;
            q = skipSpaces(text, q + 1, limit);
        }
        Found count = countAt(text, q, limit, punctuated, mayRunIntoNext, false);
        if (count.isNothing() && q == end + 1 && text.charAt(end) == '-' && open < 0) {
            // CC1-01 x4, PD-CC1-01 x4: the rest of a product code glued to the alias, then the count
            int codeEnd = q;
            while (codeEnd < limit && Character.isLetterOrDigit(text.charAt(codeEnd))) {
                codeEnd++;
            }
            int r = skipSpaces(text, codeEnd, limit);
            if (codeEnd > q && r > codeEnd) {
                count = countAt(text, r, limit, true, mayRunIntoNext, false);
            }
        }
        if (open >= 0 && count.counts()) {
            int close = skipSpaces(text, count.end(), limit);
            if (close < limit && (text.charAt(close) == ')' || text.charAt(close) == ']')) {
                return new Found(open, close + 1, count.value(), count.kind(), "");
            }
        }
        return count;
    }

    /**
     * @param glued the number is glued to the mention's last letter ({@code BellaBot2x}): it needs a marker or unit
     *     right after it
     */
    private static Found countAt(
            CharSequence text, int q, int limit, boolean punctuated, boolean mayRunIntoNext, boolean glued) {
        if (q >= limit) {
            return Found.NOTHING;
        }
        if (isMarker(text.charAt(q))) {
            int digitsStart = skipSpaces(text, q + 1, limit);
            int digitsEnd = digitsEnd(text, digitsStart, limit);
            if (digitsEnd > digitsStart && endsToken(text, digitsEnd) && !notACountAfter(text, digitsEnd, limit)) {
                return frequencyOr(
                        text, new Found(q, digitsEnd, value(text, digitsStart, digitsEnd), Kind.MARKER, ""), limit);
            }
            if (digitsEnd > digitsStart && !endsToken(text, digitsEnd)) {
                int numberEnd = numberTokenEnd(text, digitsStart, limit);
                Found unreadable = unreadable(text, digitsStart, numberEnd, q, numberEnd);
                if (unreadable != null) {
                    return unreadable;
                }
            }
            return Found.NOTHING;
        }
        int wordEnd = lettersEnd(text, q, limit);
        if (wordEnd > q) {
            if (isOneOf(text, q, wordEnd, QuantityWords.EACH_WORDS)) {
                Found each = countAt(text, skipSpaces(text, wordEnd, limit), limit, false, mayRunIntoNext, false);
                return each.counts() ? new Found(q, each.end(), 0, Kind.UNREADABLE, EACH) : Found.NOTHING;
            }
            if (!isOneOf(text, q, wordEnd, QuantityWords.COUNT_LABELS)) {
                return Found.NOTHING;
            }
            Found labelled = labelledCount(text, q, wordEnd, limit);
            return labelled.counts() && (mayRunIntoNext || !runsIntoNextMention(text, labelled.end(), limit))
                    ? labelled
                    : Found.NOTHING;
        }
        int digitsEnd = digitsEnd(text, q, limit);
        if (digitsEnd == q || (!glued && !startsToken(text, q))) {
            return Found.NOTHING;
        }
        if (!glued
                && digitsEnd + 1 < limit
                && joinsNumbers(text.charAt(digitsEnd))
                && isAsciiDigit(text.charAt(digitsEnd + 1))) {
            // 2,5x, 1.000 Stk., 2-3x after the product: a count marker with a number that is no plain count
            int numberEnd = numberTokenEnd(text, q, limit);
            int m = skipSpaces(text, numberEnd, limit);
            int markEnd = m < limit
                            && isMarker(text.charAt(m))
                            && (m + 1 == limit || !Character.isLetterOrDigit(text.charAt(m + 1)))
                    ? m + 1
                    : unitStartingAt(text, m, limit);
            Found unreadable = markEnd >= 0 ? unreadable(text, q, numberEnd, q, markEnd) : null;
            return unreadable != null ? unreadable : Found.NOTHING;
        }
        int r = glued ? digitsEnd : skipSpaces(text, digitsEnd, limit);
        if (r < limit
                && isMarker(text.charAt(r))
                && (r + 1 == limit || !Character.isLetterOrDigit(text.charAt(r + 1)))) {
            return !mayRunIntoNext && runsIntoNextMention(text, r + 1, limit)
                    ? Found.NOTHING
                    : frequencyOr(text, new Found(q, r + 1, value(text, q, digitsEnd), Kind.MARKER, ""), limit);
        }
        int unitEnd = unitStartingAt(text, r, limit);
        if (unitEnd >= 0 && (mayRunIntoNext || !(punctuated && runsIntoNextMention(text, unitEnd, limit)))) {
            return new Found(q, unitEnd, value(text, q, digitsEnd), Kind.MARKER, "");
        }
        return Found.NOTHING;
    }

    /** The count, unless a frequency word follows it ({@code 4x im Jahr}, {@code 2x täglich}): then not a count. */
    private static Found frequencyOr(CharSequence text, Found count, int limit) {
        return QuantityWords.frequencyEnd(text, skipSpaces(text, count.end(), limit), limit) >= 0
                ? notACount(count.start(), count.end(), FREQUENCY)
                : count;
    }

    /** The end of digits joined by {@code . , - /} ({@code 1.000}, {@code 2,5}, {@code 2-3}) from {@code start}. */
    private static int numberTokenEnd(CharSequence text, int start, int limit) {
        int end = digitsEnd(text, start, limit);
        while (end + 1 < limit && joinsNumbers(text.charAt(end)) && isAsciiDigit(text.charAt(end + 1))) {
            end = digitsEnd(text, end + 1, limit);
        }
        return end;
    }

    /** {@code Menge: 4}, {@code Qty 4}, {@code Anzahl 3 Stk.}: the label starts at {@code start}. */
    private static Found labelledCount(CharSequence text, int start, int labelEnd, int limit) {
        int r = labelEnd < limit && text.charAt(labelEnd) == '.' ? labelEnd + 1 : labelEnd;
        r = skipSpaces(text, r, limit);
        if (r < limit && text.charAt(r) == ':') {
            r = skipSpaces(text, r + 1, limit);
        }
        int digitsEnd = digitsEnd(text, r, limit);
        if (digitsEnd == r || !endsToken(text, digitsEnd) || notACountAfter(text, digitsEnd, limit)) {
            return Found.NOTHING;
        }
        int unitEnd = unitStartingAt(text, skipSpaces(text, digitsEnd, limit), limit);
        return new Found(start, unitEnd >= 0 ? unitEnd : digitsEnd, value(text, r, digitsEnd), Kind.MARKER, "");
    }

    /**
     * A number without a marker right before a mention: a count unless a label, a price sign or its value say
     * otherwise.
     *
     * @param depth how many range or list words were followed back to get here; a list is followed back at most
     *     {@value #MAX_LIST_DEPTH} numbers ({@code KW 12, 13 und 14})
     */
    private static Found bareNumber(CharSequence text, int digitsStart, int digitsEnd, int floor, int depth) {
        int q = skipSpacesBackward(text, digitsStart, floor);
        if (q > floor && text.charAt(q - 1) == ':') {
            q = skipSpacesBackward(text, q - 1, floor);
        }
        if (q == digitsStart && q - 1 > floor && isGlue(text.charAt(q - 1)) && gluesLabel(text.charAt(q - 2))) {
            // KW-12, Projekt_4711, Projekt/4711, Nr.-5, #-7: a label glued to its number
            q--;
        }
        if (q > floor) {
            char sign = text.charAt(q - 1);
            if (isOneOf(text, q - 1, q, QuantityWords.NUMBER_LABELS)) {
                return notACount(digitsStart, digitsEnd, LABELLED + sign + "'");
            }
            boolean currency = Character.getType(sign) == Character.CURRENCY_SYMBOL;
            if ((currency && !numberBefore(text, q - 1, floor))
                    || isOneOf(text, q - 1, q, QuantityWords.PRICE_MARKERS)) {
                return notACount(digitsStart, digitsEnd, PRICE);
            }
        }
        int wordEnd = q > floor && text.charAt(q - 1) == '.' ? q - 1 : q;
        int wordStart = wordEnd;
        while (wordStart > floor && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart < wordEnd) {
            if (isOneOf(text, wordStart, wordEnd, QuantityWords.COUNT_LABELS)) {
                return new Found(wordStart, digitsEnd, value(text, digitsStart, digitsEnd), Kind.MARKER, "");
            }
            if (QuantityWords.isNumberLabel(text, wordStart, wordEnd)) {
                return notACount(digitsStart, digitsEnd, LABELLED + text.subSequence(wordStart, q) + "'");
            }
            boolean currency = isOneOf(text, wordStart, wordEnd, QuantityWords.CURRENCIES)
                    && !numberBefore(text, wordStart, floor);
            if (currency || isOneOf(text, wordStart, wordEnd, QuantityWords.PRICE_MARKERS)) {
                return notACount(digitsStart, digitsEnd, PRICE);
            }
        }
        Found listed = laterNumberOfLabelledList(text, q, digitsStart, floor, depth);
        if (listed != null) {
            return notACount(digitsStart, digitsEnd, listed.why());
        }
        if (isYear(text, digitsStart, digitsEnd)) {
            return notACount(digitsStart, digitsEnd, YEAR);
        }
        return new Found(digitsStart, digitsEnd, value(text, digitsStart, digitsEnd), Kind.BARE_NUMBER, "");
    }

    /**
     * Whether a range or list word ({@code bis}, {@code und}, {@code +}, ...; a comma only inside a list already
     * begun, {@code 13} in {@code KW 12, 13 und 14}; a dash or slash glued to the later number, {@code KW 12 -14})
     * ends at {@code end} and a labelled number stands before it ({@code KW 12 bis}): then that number's reading,
     * else null.
     */
    private static Found laterNumberOfLabelledList(CharSequence text, int end, int numberStart, int floor, int depth) {
        if (depth >= MAX_LIST_DEPTH) {
            return null;
        }
        int wordEnd = end;
        int wordStart = wordEnd;
        while (wordStart > floor && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == wordEnd && wordEnd > floor) {
            wordStart = wordEnd - 1;
        }
        char sign = text.charAt(wordStart);
        boolean listWord = isOneOf(text, wordStart, wordEnd, QuantityWords.RANGE_WORDS)
                || (wordEnd - wordStart == 1 && depth > 0 && sign == ',')
                || (wordEnd - wordStart == 1 && wordEnd == numberStart && (sign == '-' || sign == '/'));
        if (wordStart == wordEnd || !listWord) {
            return null;
        }
        int p = skipSpacesBackward(text, wordStart, floor);
        int digitsStart = digitsStartBefore(text, p, floor);
        if (digitsStart == p || !startsToken(text, digitsStart)) {
            return null;
        }
        Found earlier = bareNumber(text, digitsStart, p, floor, depth + 1);
        return earlier.kind() == Kind.NOT_A_COUNT && earlier.why().startsWith(LABELLED) ? earlier : null;
    }

    /** A number ends right before {@code at} (spaces between): a currency there is that number's ({@code 500 €}). */
    private static boolean numberBefore(CharSequence text, int at, int floor) {
        int p = skipSpacesBackward(text, at, floor);
        return p > floor && isAsciiDigit(text.charAt(p - 1));
    }

    private static Found notACount(int start, int end, String why) {
        return new Found(start, end, 0, Kind.NOT_A_COUNT, why);
    }

    private static boolean isYear(CharSequence text, int start, int end) {
        if (end - start != 4) {
            return false;
        }
        int value = Integer.parseInt(text, start, end, 10);
        return value >= QuantityWords.FIRST_YEAR && value <= QuantityWords.LAST_YEAR;
    }

    /**
     * A percent sign, a currency or a duration after the number: {@code 10 %}, {@code 500 €}, {@code 12 Monate}.
     * A currency or duration word that a number follows is that number's label instead ({@code x7 Week 12},
     * {@code x7 Week-12}, {@code x2 EUR 500}).
     */
    private static boolean notACountAfter(CharSequence text, int digitsEnd, int limit) {
        int r = skipSpaces(text, digitsEnd, limit);
        if (r >= limit) {
            return false;
        }
        char c = text.charAt(r);
        if (c == '%') {
            return true;
        }
        boolean sign = Character.getType(c) == Character.CURRENCY_SYMBOL;
        int wordEnd = sign ? r + 1 : lettersEnd(text, r, limit);
        if (!sign && (wordEnd == r || !isOneOf(text, r, wordEnd, QuantityWords.NOT_COUNT_SUFFIXES))) {
            return false;
        }
        int next = wordEnd < limit
                        && (text.charAt(wordEnd) == '.' || text.charAt(wordEnd) == ':' || isGlue(text.charAt(wordEnd)))
                ? wordEnd + 1
                : wordEnd;
        next = skipSpaces(text, next, limit);
        return next >= limit || !isAsciiDigit(text.charAt(next));
    }

    private static boolean runsIntoNextMention(CharSequence text, int from, int limit) {
        return limit < text.length() && skipSpaces(text, from, limit) == limit;
    }

    /** Glues a label to its number: {@code KW-12}, {@code Projekt_4711}, {@code Projekt/4711}. */
    private static boolean isGlue(char c) {
        return c == '-' || c == '_' || c == '/';
    }

    /** What can end a label glued to its number: a letter ({@code KW-12}), an abbreviation's dot, {@code #}. */
    private static boolean gluesLabel(char c) {
        return Character.isLetter(c) || c == '.' || c == '#';
    }

    /** Start of a count unit ending at {@code end} (with an optional abbreviation dot), or -1. */
    private static int unitEndingAt(CharSequence text, int end, int floor) {
        int wordEnd = end > floor && text.charAt(end - 1) == '.' ? end - 1 : end;
        int wordStart = wordEnd;
        while (wordStart > floor && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == wordEnd || !isOneOf(text, wordStart, wordEnd, QuantityWords.COUNT_UNITS)) {
            return -1;
        }
        return wordStart;
    }

    /** End of a count unit starting at {@code start} (with its abbreviation dot), or -1. */
    private static int unitStartingAt(CharSequence text, int start, int limit) {
        int wordEnd = lettersEnd(text, start, limit);
        if (wordEnd == start || !isOneOf(text, start, wordEnd, QuantityWords.COUNT_UNITS)) {
            return -1;
        }
        return wordEnd < limit && text.charAt(wordEnd) == '.' ? wordEnd + 1 : wordEnd;
    }

    private static boolean isOneOf(CharSequence text, int start, int end, List<String> words) {
        return QuantityWords.isOneOf(text, start, end, words);
    }

    private static boolean isMarker(char c) {
        return c == 'x' || c == 'X' || c == '×' || c == '*';
    }

    private static boolean isSeparatorPunctuation(char c) {
        return c == ',' || c == ';' || c == ':' || c == '-' || c == '/';
    }

    /** Not glued to a letter or digit, nor to a number by {@code . , - / :} ({@code 1.500}, {@code 2024-03}). */
    private static boolean startsToken(CharSequence text, int digitsStart) {
        if (digitsStart == 0) {
            return true;
        }
        char previous = text.charAt(digitsStart - 1);
        if (Character.isLetterOrDigit(previous)) {
            return false;
        }
        return !joinsNumbers(previous) || digitsStart < 2 || !isAsciiDigit(text.charAt(digitsStart - 2));
    }

    private static boolean endsToken(CharSequence text, int digitsEnd) {
        if (digitsEnd == text.length()) {
            return true;
        }
        char next = text.charAt(digitsEnd);
        if (Character.isLetterOrDigit(next)) {
            return false;
        }
        return !joinsNumbers(next) || digitsEnd + 1 == text.length() || !isAsciiDigit(text.charAt(digitsEnd + 1));
    }

    private static boolean joinsNumbers(char c) {
        return c == '.' || c == ',' || c == '-' || c == '/' || c == ':';
    }

    private static int digitsStartBefore(CharSequence text, int digitsEnd, int floor) {
        int start = digitsEnd;
        while (start > floor && isAsciiDigit(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static int digitsEnd(CharSequence text, int start, int limit) {
        int end = start;
        while (end < limit && isAsciiDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int lettersStartBefore(CharSequence text, int end, int floor) {
        int start = end;
        while (start > floor && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static int lettersEnd(CharSequence text, int start, int limit) {
        int end = start;
        while (end < limit && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int value(CharSequence text, int start, int end) {
        while (start < end - 1 && text.charAt(start) == '0') {
            start++;
        }
        if (end - start > MAX_DIGITS) {
            return -1;
        }
        int value = Integer.parseInt(text, start, end, 10);
        return value >= QuantityReading.MIN && value <= QuantityReading.MAX ? value : -1;
    }

    private static int skipSpacesBackward(CharSequence text, int from, int floor) {
        int p = from;
        while (p > floor && text.charAt(p - 1) == ' ') {
            p--;
        }
        return p;
    }

    private static int skipSpaces(CharSequence text, int from, int limit) {
        int p = from;
        while (p < limit && text.charAt(p) == ' ') {
            p++;
        }
        return p;
    }
}
