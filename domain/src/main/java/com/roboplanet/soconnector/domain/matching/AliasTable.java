package com.roboplanet.soconnector.domain.matching;

import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a catalogue into distinct alias skeletons, rejecting aliases that cannot work. */
final class AliasTable {
    private AliasTable() {}

    /**
     * @throws IllegalArgumentException for an alias that normalises to nothing, a {@code *} anywhere but
     *     at the end, or two products sharing an alias
     */
    static List<Alias> of(ProductCatalog catalog) {
        Map<String, Alias> bySkeleton = new LinkedHashMap<>();
        List<Product> products = catalog.products();
        for (int index = 0; index < products.size(); index++) {
            Product product = products.get(index);
            for (String written : product.aliases()) {
                Alias alias = parse(product, index, written);
                bySkeleton.merge(alias.skeleton(), alias, AliasTable::sameProductOnly);
            }
        }
        return List.copyOf(new ArrayList<>(bySkeleton.values()));
    }

    private static Alias parse(Product product, int index, String written) {
        boolean openEnded = written.endsWith("*");
        String text = openEnded ? written.substring(0, written.length() - 1).strip() : written;
        if (text.indexOf('*') >= 0) {
            throw new IllegalArgumentException("alias '" + written + "' of product " + product.code()
                    + ": '*' is only allowed at the end (Wartung* matches Wartungsvertrag)");
        }
        String skeleton = TextNormalizer.skeleton(text);
        if (skeleton.isEmpty()) {
            throw new IllegalArgumentException("alias '" + written + "' of product " + product.code()
                    + " has nothing left to match once spaces and separators (- _ . /) are removed");
        }
        return new Alias(product, index, text, skeleton, openEnded);
    }

    /** Spelling variants of one product's alias collapse into one; an open end wins because it matches more. */
    private static Alias sameProductOnly(Alias first, Alias second) {
        if (first.productIndex() != second.productIndex()) {
            throw new IllegalArgumentException("alias '" + second.written() + "' of product "
                    + second.product().code() + " is the same as alias '" + first.written() + "' of product "
                    + first.product().code() + " once case and separators are ignored ('" + first.skeleton()
                    + "'); a heading could not tell them apart, so give it to one product only");
        }
        return new Alias(
                first.product(),
                first.productIndex(),
                first.text(),
                first.skeleton(),
                first.openEnded() || second.openEnded());
    }
}
