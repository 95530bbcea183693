package com.roboplanet.soconnector.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * A product the catalogue does not have yet, proposed from unmatched headings, with the evidence a person
 * needs to accept or reject it.
 *
 * @param headingCount how many unmatched headings contain it
 * @param examples a few of those headings, as written
 */
public record CatalogProposal(Product product, long headingCount, List<String> examples) {
    public CatalogProposal {
        Objects.requireNonNull(product, "product");
        if (headingCount < 0) {
            throw new IllegalArgumentException("heading count must not be negative, was " + headingCount);
        }
        examples = List.copyOf(Objects.requireNonNullElse(examples, List.of()));
    }
}
