package com.roboplanet.soconnector.domain.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A keyword worth adding to the catalogue, with the evidence a person needs to accept or reject it.
 *
 * @param text the keyword as first written in a heading (words and phrases: folded, see {@code
 *     TextNormalizer#fold})
 * @param productCode the product the keyword belongs to: for {@link Kind#NEAR_MISS} and {@link Kind#CRM_CODE} the
 *     existing catalogue product it is a new alias of; for {@link Kind#CRM_NAME} the CRM product's own code (null for a product
 *     family or a product without a code), which the catalogue line should carry, so that a product keeps one
 *     code in every report; null for the other kinds, which propose a new product
 * @param headingCount how many unmatched headings contain it
 * @param examples up to two of those headings, as written
 */
public record KeywordProposal(Kind kind, String text, String productCode, long headingCount, List<String> examples) {

    /** In the order proposals are listed: the most specific evidence first. */
    public enum Kind {
        /** Within edit distance 1..2 of an existing alias: a misspelling of a known product. */
        NEAR_MISS,
        /**
         * A product code from the headings that the CRM's product archive gives a product the catalogue has by the
         * CRM product's name ({@code PD-KB-01} is "Pudu KettyBot", the name of KETTYBOT): a new alias of that product,
         * never a product of its own, which would split one product over two codes.
         */
        CRM_CODE,
        /** A CRM product family or product name that no alias covers, with the CRM product's code. */
        CRM_NAME,
        /** A token shaped like a product code: letters, digits and at least one dash. */
        PRODUCT_CODE,
        /** Two significant words that follow each other. */
        PHRASE,
        /** A significant word. */
        WORD
    }

    public KeywordProposal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (aliasOfExisting(kind) ? productCode == null : productCode != null && kind != Kind.CRM_NAME) {
            throw new IllegalArgumentException(
                    "a product code is given for near misses and CRM codes, may be for CRM names, and for nothing else: "
                            + kind);
        }
        if (headingCount <= 0) {
            throw new IllegalArgumentException("heading count must be positive, was " + headingCount);
        }
        examples = List.copyOf(examples);
    }

    /** For a near miss or a CRM code: the catalogue product the keyword is a new alias of. */
    public Optional<String> existingProductCode() {
        return aliasOfExisting(kind) ? Optional.of(productCode) : Optional.empty();
    }

    private static boolean aliasOfExisting(Kind kind) {
        return kind == Kind.NEAR_MISS || kind == Kind.CRM_CODE;
    }

    /** For a CRM product name: the CRM's own code for it, which a catalogue line for it should carry. */
    public Optional<String> crmProductCode() {
        return kind == Kind.CRM_NAME ? Optional.ofNullable(productCode) : Optional.empty();
    }
}
