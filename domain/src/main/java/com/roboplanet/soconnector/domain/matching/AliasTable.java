package com.roboplanet.soconnector.domain.matching;

import com.roboplanet.soconnector.domain.model.Product;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a catalogue into distinct alias skeletons, collecting the aliases that cannot work. */
final class AliasTable {
    private AliasTable() {}

    /** The distinct aliases, and every problem found on the way. */
    record Result(List<Alias> aliases, List<AliasProblem> problems) {}

    /**
     * @throws IllegalArgumentException listing every alias that normalises to nothing, has a {@code *} anywhere
     *     but at the end, or is shared by two products, one per line
     */
    static List<Alias> of(List<Product> products) {
        Result result = build(products);
        if (!result.problems().isEmpty()) {
            throw new IllegalArgumentException(
                    result.problems().stream().map(AliasProblem::message).collect(Collectors.joining("\n")));
        }
        return result.aliases();
    }

    static Result build(List<Product> products) {
        Map<String, Alias> bySkeleton = new LinkedHashMap<>();
        List<AliasProblem> problems = new ArrayList<>();
        for (int index = 0; index < products.size(); index++) {
            Product product = products.get(index);
            for (String written : product.aliases()) {
                Alias alias = parse(product, index, written, problems);
                if (alias == null) {
                    continue;
                }
                Alias first = bySkeleton.get(alias.skeleton());
                if (first == null) {
                    bySkeleton.put(alias.skeleton(), alias);
                } else if (first.productIndex() == alias.productIndex()) {
                    bySkeleton.put(alias.skeleton(), sameProduct(first, alias));
                } else {
                    problems.add(clash(first, alias));
                }
            }
        }
        return new Result(List.copyOf(bySkeleton.values()), List.copyOf(problems));
    }

    private static Alias parse(Product product, int index, String written, List<AliasProblem> problems) {
        boolean openEnded = written.endsWith("*");
        String text = openEnded ? written.substring(0, written.length() - 1).strip() : written;
        if (text.indexOf('*') >= 0) {
            problems.add(new AliasProblem(
                    index,
                    written,
                    -1,
                    "alias '" + written + "' of product " + product.code()
                            + ": '*' is only allowed at the end (Wartung* matches Wartungsvertrag)"));
            return null;
        }
        String skeleton = TextNormalizer.skeleton(text);
        if (skeleton.isEmpty()) {
            problems.add(new AliasProblem(
                    index,
                    written,
                    -1,
                    "alias '" + written + "' of product " + product.code()
                            + " has nothing left to match once spaces, separators (- _ . /) and invisible"
                            + " characters are removed"));
            return null;
        }
        return new Alias(product, index, text, skeleton, openEnded);
    }

    private static AliasProblem clash(Alias first, Alias second) {
        return new AliasProblem(
                second.productIndex(),
                second.written(),
                first.productIndex(),
                "alias '" + second.written() + "' of product "
                        + second.product().code()
                        + " is the same as alias '" + first.written() + "' of product "
                        + first.product().code()
                        + " once case, separators and invisible characters are ignored ('" + first.skeleton()
                        + "'); a heading could not tell them apart, so give it to one product only");
    }

    /** Spelling variants of one product's alias collapse into one; an open end wins because it matches more. */
    private static Alias sameProduct(Alias first, Alias second) {
        return new Alias(
                first.product(),
                first.productIndex(),
                first.text(),
                first.skeleton(),
                first.openEnded() || second.openEnded());
    }
}
