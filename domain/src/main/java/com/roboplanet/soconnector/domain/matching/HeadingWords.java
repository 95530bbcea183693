package com.roboplanet.soconnector.domain.matching;

import java.util.List;

/** Splits headings into the words worth counting: no stop words, no numbers, no quantity words. */
public final class HeadingWords {
    private HeadingWords() {}

    public static List<String> significantWords(String heading) {
        throw new UnsupportedOperationException("being written (issue 2)");
    }
}
