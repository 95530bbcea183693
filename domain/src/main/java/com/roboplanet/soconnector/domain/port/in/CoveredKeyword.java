package com.roboplanet.soconnector.domain.port.in;

import java.util.List;
import java.util.Objects;

/**
 * A keyword of unmatched headings that is not proposed because an existing alias already covers it: the same
 * once case, umlaut spelling, separators and invisible characters are ignored ({@code bella bot} and {@code
 * BellaBot}), or an open-ended alias runs on into it ({@code Wartung*} and {@code Wartungsvertrag}). Accepting
 * it as a new product's alias would make the catalogue unreadable or steal the existing product's matches; the
 * headings it comes from miss the existing alias for another reason (a letter or digit glued to it, or words
 * between its parts).
 *
 * @param text the keyword as first seen
 * @param alias the existing alias that covers it, as the catalogue writes it
 * @param productCode the product that has the alias
 * @param headingCount how many unmatched headings contain the keyword
 * @param examples up to two of those headings, as written
 */
public record CoveredKeyword(String text, String alias, String productCode, long headingCount, List<String> examples) {
    public CoveredKeyword {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(productCode, "productCode");
        examples = List.copyOf(examples);
    }
}
