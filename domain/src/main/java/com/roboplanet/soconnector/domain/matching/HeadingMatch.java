package com.roboplanet.soconnector.domain.matching;

import java.util.List;

/**
 * What the matcher found in one heading.
 *
 * @param mentions one per product, in order of first appearance
 * @param quantitiesIgnored quantities written next to a product but outside 1..9999, read as 1
 */
public record HeadingMatch(List<Mention> mentions, int quantitiesIgnored) {
    public static final HeadingMatch NONE = new HeadingMatch(List.of(), 0);

    public HeadingMatch {
        mentions = List.copyOf(mentions);
    }

    public boolean isEmpty() {
        return mentions.isEmpty();
    }
}
