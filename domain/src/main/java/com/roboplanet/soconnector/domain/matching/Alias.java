package com.roboplanet.soconnector.domain.matching;

import com.roboplanet.soconnector.domain.model.Product;

/**
 * One alias as the automaton knows it.
 *
 * @param text the alias as written in the catalogue, without its trailing {@code *}
 * @param openEnded written with a trailing {@code *}: may run on into more letters
 */
record Alias(Product product, int productIndex, String text, String skeleton, boolean openEnded) {

    /** The alias as the catalogue writes it. */
    String written() {
        return openEnded ? text + "*" : text;
    }
}
