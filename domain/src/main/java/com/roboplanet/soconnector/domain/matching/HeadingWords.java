package com.roboplanet.soconnector.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits headings into the words worth counting: folded like the matcher folds (see {@link
 * TextNormalizer#fold}), without German and English stop words, numbers, quantity words and units, or
 * words of one character.
 */
public final class HeadingWords {
    /** German, then English; one set, because headings mix both languages. */
    private static final Set<String> STOP_WORDS = words(
            "mit und oder fuer der die das den dem des ein eine einer eines einem einen im in an am auf aus bei bis"
                    + " von vom zu zum zur inkl zzgl exkl ohne pro je sowie ab per nach ueber unter fuers ist sind"
                    + " wird neu bzw ca gem lt evtl nr",
            "with and or for the of incl excl to on at by from as new plus via into no");

    /** The count units and labels of the quantity rules, and words that only say how many. */
    private static final Set<String> QUANTITY_WORDS = quantityWords();

    private HeadingWords() {}

    /** The heading's significant words in order of appearance, repeats kept. */
    public static List<String> significantWords(String heading) {
        String folded = TextNormalizer.fold(heading);
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            int start = i;
            while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = withoutGluedCount(folded.substring(start, i));
                if (isSignificant(word)) {
                    words.add(word);
                }
            } else {
                i++;
            }
        }
        return words;
    }

    /**
     * The word without a count glued to its front or end ({@code 2xOmni}, {@code Omni2x}, {@code KettyBot3Stk} become
     * {@code Omni} and {@code KettyBot}), in the word's own case; the word itself when no count is glued to it or
     * nothing with a letter is left. The matcher reads such a count itself ({@code BellaBot2x} is two BellaBots), so a
     * keyword proposed with its count would, once accepted, find the product and lose the count.
     */
    public static String withoutGluedCount(String word) {
        int digitsEnd = 0;
        while (digitsEnd < word.length() && BoundaryRule.isAsciiDigit(word.charAt(digitsEnd))) {
            digitsEnd++;
        }
        if (digitsEnd > 0
                && digitsEnd + 1 < word.length()
                && isTimes(word.charAt(digitsEnd))
                && hasLetter(word, digitsEnd + 1, word.length())) {
            return word.substring(digitsEnd + 1);
        }
        int unitStart = word.length();
        while (unitStart > 0 && Character.isLetter(word.charAt(unitStart - 1))) {
            unitStart--;
        }
        int digitsStart = unitStart;
        while (digitsStart > 0 && BoundaryRule.isAsciiDigit(word.charAt(digitsStart - 1))) {
            digitsStart--;
        }
        String unit = word.substring(unitStart);
        boolean countGlued = digitsStart < unitStart
                && ((unit.length() == 1 && isTimes(unit.charAt(0)))
                        || QuantityWords.COUNT_UNITS.contains(unit.toLowerCase(Locale.ROOT)));
        return countGlued && hasLetter(word, 0, digitsStart) ? word.substring(0, digitsStart) : word;
    }

    private static boolean isTimes(char c) {
        return c == 'x' || c == 'X';
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String... lists) {
        Set<String> words = new HashSet<>();
        for (String list : lists) {
            words.addAll(Arrays.asList(list.split(" ")));
        }
        return Set.copyOf(words);
    }

    private static Set<String> quantityWords() {
        Set<String> words = new HashSet<>(words("x mal set sets paar"));
        words.addAll(QuantityWords.COUNT_UNITS);
        words.addAll(QuantityWords.COUNT_LABELS);
        return Set.copyOf(words);
    }

    private static boolean isSignificant(String word) {
        return word.length() > 1
                && !STOP_WORDS.contains(word)
                && !QUANTITY_WORDS.contains(word)
                && !isNumberOrQuantity(word);
    }

    /** {@code 12}, {@code 2x}, {@code x2}, {@code 10stk}: a number with at most a quantity marker or unit glued to it. */
    private static boolean isNumberOrQuantity(String word) {
        int digitsStart = 0;
        while (digitsStart < word.length() && !Character.isDigit(word.charAt(digitsStart))) {
            digitsStart++;
        }
        int digitsEnd = digitsStart;
        while (digitsEnd < word.length() && Character.isDigit(word.charAt(digitsEnd))) {
            digitsEnd++;
        }
        if (digitsStart == digitsEnd) {
            return false;
        }
        String prefix = word.substring(0, digitsStart);
        String suffix = word.substring(digitsEnd);
        boolean bareNumber = prefix.isEmpty() && suffix.isEmpty();
        return bareNumber
                || (prefix.isEmpty() && QUANTITY_WORDS.contains(suffix))
                || (suffix.isEmpty() && prefix.equals("x"));
    }
}
