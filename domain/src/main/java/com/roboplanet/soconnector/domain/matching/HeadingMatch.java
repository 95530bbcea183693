package com.roboplanet.soconnector.domain.matching;

import com.roboplanet.soconnector.domain.model.Product;
import java.util.List;
import java.util.Objects;

/**
 * What the matcher found in one heading.
 *
 * @param mentions one per product, in order of first appearance
 * @param ignored quantities written next to a product but outside 1..9999, read as 1, in heading order
 */
public record HeadingMatch(List<Mention> mentions, List<Ignored> ignored) {
    public static final HeadingMatch NONE = new HeadingMatch(List.of(), List.of());

    public HeadingMatch {
        mentions = List.copyOf(mentions);
        ignored = List.copyOf(ignored);
    }

    public boolean isEmpty() {
        return mentions.isEmpty();
    }

    /** How many quantities outside 1..9999 were read as 1. */
    public int quantitiesIgnored() {
        return ignored.size();
    }

    /**
     * A quantity outside 1..9999 that was read as 1.
     *
     * @param written the quantity as written in the heading ({@code 10000 x}, {@code 0 x})
     */
    public record Ignored(Product product, String written) {
        public Ignored {
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(written, "written");
        }
    }
}
