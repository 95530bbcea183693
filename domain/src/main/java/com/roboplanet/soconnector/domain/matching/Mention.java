package com.roboplanet.soconnector.domain.matching;

import com.roboplanet.soconnector.domain.model.Product;

/**
 * A product recognised in a heading. Several mentions of one product in one heading are added up into
 * one mention.
 *
 * @param matchedText the text of the heading that was recognised, as written (mentions joined with " | ")
 */
public record Mention(Product product, int quantity, String matchedText) {}
