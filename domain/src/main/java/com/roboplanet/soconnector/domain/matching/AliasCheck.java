package com.roboplanet.soconnector.domain.matching;

import com.roboplanet.soconnector.domain.model.Product;
import java.util.List;

/**
 * Checks a catalogue's aliases before a matcher is built from them, reporting every problem at once (so that
 * a catalogue file can be fixed in one go): an alias that folds to nothing, a {@code *} anywhere but at the
 * end, and two products whose aliases are the same once case, umlaut spelling, separators, full-width forms and
 * invisible characters are ignored ({@code bella bot} and {@code BellaBot}).
 */
public final class AliasCheck {
    private AliasCheck() {}

    /** Every problem, in the order of the products and their aliases; empty when the matcher can be built. */
    public static List<AliasProblem> problems(List<Product> products) {
        return AliasTable.build(products).problems();
    }
}
