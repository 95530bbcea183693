package com.roboplanet.soconnector.domain.matching;

import com.roboplanet.soconnector.domain.model.Product;
import java.util.List;
import java.util.Objects;

/**
 * What the matcher found in one heading.
 *
 * @param mentions one per product, in order of first appearance
 * @param ignored quantities written next to a product but not read (outside 1..9999, {@code 2,5x}, {@code 2-3x},
 *     {@code je 2x}), read as 1, in heading order
 * @param parts products the heading names only as what a part is for ({@code CC1} in {@code 3 pcs CC1 charging
 *     dock}), with the count the part has: never counted, but a quote line or field whose code or name names the
 *     product takes that count (see {@code SaleProducts})
 */
public record HeadingMatch(List<Mention> mentions, List<Ignored> ignored, List<Mention> parts) {
    public static final HeadingMatch NONE = new HeadingMatch(List.of(), List.of(), List.of());

    public HeadingMatch {
        mentions = List.copyOf(mentions);
        ignored = List.copyOf(ignored);
        parts = List.copyOf(parts);
    }

    public boolean isEmpty() {
        return mentions.isEmpty();
    }

    /** How many quantities written were not read and counted as 1. */
    public int quantitiesIgnored() {
        return ignored.size();
    }

    /**
     * A quantity written next to a product but not read, so counted as 1.
     *
     * @param written the quantity as written in the heading ({@code 10000 x}, {@code 0 x}, {@code 2,5x})
     * @param why what it is: {@value #OUT_OF_RANGE}, {@code "not a whole number"}, {@code "a range"}, {@code
     *     "written with a thousands separator"}, {@code "a count for each of several products"}
     */
    public record Ignored(Product product, String written, String why) {
        public static final String OUT_OF_RANGE = "outside 1..9999";

        public Ignored {
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(why, "why");
        }
    }
}
