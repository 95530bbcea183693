package com.roboplanet.soconnector.domain.matching;

import java.util.Objects;

/**
 * An alias the matcher cannot work with (see {@link AliasCheck}).
 *
 * @param productIndex the position of the alias's product in the list that was checked
 * @param alias the alias as written
 * @param otherProductIndex for a clash, the position of the product that already has the same alias; otherwise
 *     -1
 * @param message what is wrong and how to fix it, naming the product(s) and alias(es) but no file or line
 */
public record AliasProblem(int productIndex, String alias, int otherProductIndex, String message) {
    public AliasProblem {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(message, "message");
    }

    public boolean isClash() {
        return otherProductIndex >= 0;
    }
}
