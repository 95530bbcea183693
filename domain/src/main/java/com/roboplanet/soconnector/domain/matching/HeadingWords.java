package com.roboplanet.soconnector.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
                String word = folded.substring(start, i);
                if (isSignificant(word)) {
                    words.add(word);
                }
            } else {
                i++;
            }
        }
        return words;
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
