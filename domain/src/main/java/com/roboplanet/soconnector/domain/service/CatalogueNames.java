package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.TextNormalizer;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue's codes, aliases and names by skeleton (see {@link TextNormalizer#skeleton}), to find the product that a
 * <em>whole</em> code or name from the CRM is: {@code RR-02-017-OMNIE} is an alias of OMNIE, {@code Pudu CC1
 * Reinigungsroboter} the name of CC1, {@code Ersatzakku} a word that the open-ended alias {@code Ersatzakku*} runs on
 * into. A text that merely contains an alias ({@code CH-CC1-01}, {@code Bürstenset CC1}) is none of them.
 */
final class CatalogueNames {
    /** How a whole text names a product. */
    enum Kind {
        /** One of the product's aliases, or a single word an open-ended alias runs on into. */
        ALIAS,
        /** The product's code. */
        CODE,
        /** The product's name. */
        NAME
    }

    /**
     * @param written the alias, code or name as the catalogue writes it
     */
    record Named(Product product, String written, Kind kind) {
        /** For a person: {@code alias RR-02-017-OMNIE of OMNIE}. */
        String describe() {
            return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + written + " of " + product.code();
        }
    }

    private final Map<String, Named> aliases = new HashMap<>();
    private final Map<String, Named> codes = new HashMap<>();
    private final Map<String, Named> names = new HashMap<>();
    private final List<Named> openEnded = new ArrayList<>();

    private CatalogueNames() {}

    static CatalogueNames of(ProductCatalog catalog) {
        CatalogueNames names = new CatalogueNames();
        catalog.products().forEach(names::add);
        return names;
    }

    /** Adds a product's aliases, code and name; where another product has them already, that one keeps them. */
    void add(Product product) {
        for (String alias : product.aliases()) {
            addAlias(product, alias);
        }
        put(codes, product.code(), new Named(product, product.code(), Kind.CODE));
        put(names, product.name(), new Named(product, product.name(), Kind.NAME));
    }

    /** Adds one more alias of a product already added. */
    void addAlias(Product product, String alias) {
        boolean open = alias.endsWith("*");
        String skeleton = TextNormalizer.skeleton(open ? alias.substring(0, alias.length() - 1) : alias);
        if (!skeleton.isEmpty()) {
            Named named = new Named(product, alias, Kind.ALIAS);
            aliases.putIfAbsent(skeleton, named);
            if (open) {
                openEnded.add(named);
            }
        }
    }

    /**
     * The product that {@code text} as a whole names, once folded: an alias first, then a code, then a name; or a
     * single word that an open-ended alias runs on into ({@code Ersatzakku} for {@code Ersatzakku*}).
     */
    Optional<Named> whole(String text) {
        String skeleton = TextNormalizer.skeleton(text);
        if (skeleton.isEmpty()) {
            return Optional.empty();
        }
        Named named = aliases.get(skeleton);
        if (named == null) {
            named = codes.get(skeleton);
        }
        if (named == null) {
            named = names.get(skeleton);
        }
        return named != null ? Optional.of(named) : openAliasRunningInto(text, skeleton);
    }

    /**
     * Whether {@code text} would add nothing as an alias: it is an alias already, once folded, or one word an
     * open-ended alias runs on into.
     */
    boolean isAlias(String text) {
        String skeleton = TextNormalizer.skeleton(text);
        return !skeleton.isEmpty()
                && (aliases.containsKey(skeleton)
                        || openAliasRunningInto(text, skeleton).isPresent());
    }

    private Optional<Named> openAliasRunningInto(String text, String skeleton) {
        if (isOneWord(text)) {
            for (Named open : openEnded) {
                String prefix = TextNormalizer.skeleton(
                        open.written().substring(0, open.written().length() - 1));
                if (skeleton.startsWith(prefix)) {
                    return Optional.of(open);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isOneWord(String text) {
        String plain = TextNormalizer.plain(text).strip();
        return !plain.isEmpty() && plain.chars().allMatch(Character::isLetter);
    }

    private static void put(Map<String, Named> map, String text, Named named) {
        String skeleton = TextNormalizer.skeleton(text);
        if (!skeleton.isEmpty()) {
            map.putIfAbsent(skeleton, named);
        }
    }
}
