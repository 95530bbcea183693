package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.TextNormalizer;
import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogCommand;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogUseCase;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import com.roboplanet.soconnector.domain.port.out.Warnings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Adds the CRM's products and product families to a catalogue without naming one product twice. A CRM product whose
 * code or name, once folded, is already a product's code, alias or name ({@code RR-02-017-OMNIE}, an alias of OMNIE;
 * {@code Pudu BellaBot}, the name of BELLABOT) is that product: it gains the CRM's code and name as aliases, so that
 * the CRM's quote lines and fields resolve to it. Any other CRM product becomes a product with its code (or {@code
 * PRODUCT-<id>} when it has none) and its code and name as aliases. An active family is merged the same way by its
 * name ({@code Ersatzteile}, the name of SPARE-PARTS), or becomes {@code FAMILY-<id>} with its name, knowing its member
 * products, so that a heading naming a member and its family ({@code CC1 Reinigungsroboter}) counts the member once. An
 * alias another product has already, or that an open-ended alias covers, is not added.
 * The CRM's names are an aid: a read the user may not make is left out, with a warning.
 */
public final class MergeCrmCatalogService implements MergeCrmCatalogUseCase {
    private final Supplier<CrmCatalogSource> crm;
    private final Warnings warnings;

    /**
     * @param crm obtained when a merge runs, because reaching the CRM opens a connection
     * @param warnings told when the user may not read the products or the families: the merge goes on without them
     */
    public MergeCrmCatalogService(Supplier<CrmCatalogSource> crm, Warnings warnings) {
        this.crm = crm;
        this.warnings = warnings;
    }

    @Override
    public ProductCatalog merge(MergeCrmCatalogCommand command) {
        CrmCatalogSource source = crm.get();
        Merge merge = new Merge(command.catalog());
        Map<String, List<String>> membersByFamilyName = new HashMap<>();
        for (CrmProduct p : CrmAid.read(source::products, "the CRM's products in the catalogue", warnings)) {
            String code = p.code().isBlank() ? "PRODUCT-" + p.id() : p.code();
            Optional<String> into = merge.add(code, p.name(), List.of(p.code(), p.name()));
            if (into.isPresent() && !p.family().isBlank()) {
                membersByFamilyName
                        .computeIfAbsent(familyKey(p.family()), k -> new ArrayList<>())
                        .add(into.get());
            }
        }
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (ProductFamily f : CrmAid.read(
                () -> source.productFamilies(false), "the CRM's product families in the catalogue", warnings)) {
            String code = "FAMILY-" + f.id();
            Optional<String> into = merge.add(code, f.name(), List.of(f.name()));
            if (into.isPresent() && into.get().equals(code)) {
                List<String> members = membersByFamilyName.getOrDefault(familyKey(f.name()), List.of());
                families.put(code, members.stream().filter(m -> !m.equals(code)).toList());
            }
        }
        return ProductCatalog.of(merge.products(), families);
    }

    private static String familyKey(String name) {
        return TextNormalizer.skeleton(name).toLowerCase(Locale.ROOT);
    }

    /** The catalogue being merged into: products in order, by code, and their names for lookups. */
    private static final class Merge {
        private final Map<String, Product> products = new LinkedHashMap<>();
        private final CatalogueNames names;

        Merge(ProductCatalog catalog) {
            catalog.products().forEach(p -> products.put(key(p.code()), p));
            names = CatalogueNames.of(catalog);
        }

        /**
         * Merges into the product the code or name is, or adds a product; returns the code of the product it is now,
         * or empty when nothing of it could be added (no code, no name, every alias another product's).
         */
        Optional<String> add(String code, String name, List<String> aliases) {
            Product target = products.get(key(code));
            if (target == null) {
                target = names.whole(code)
                        .or(() -> name.isBlank() ? Optional.empty() : names.whole(name))
                        .map(named -> products.get(key(named.product().code())))
                        .orElse(null);
            }
            List<String> fresh = aliases.stream()
                    .map(a -> a.replace('|', ' ').replace('*', ' ').strip())
                    .filter(a -> !TextNormalizer.skeleton(a).isEmpty() && !names.isAlias(a))
                    .distinct()
                    .toList();
            if (target == null) {
                if (fresh.isEmpty()) {
                    return Optional.empty();
                }
                Product added = new Product(code, name.isBlank() ? code : name, fresh);
                products.put(key(code), added);
                names.add(added);
                return Optional.of(added.code());
            }
            if (!fresh.isEmpty()) {
                List<String> merged = new ArrayList<>(target.aliases());
                merged.addAll(fresh);
                Product grown = new Product(target.code(), target.name(), merged);
                products.put(key(target.code()), grown);
                fresh.forEach(alias -> names.addAlias(grown, alias));
            }
            return Optional.of(target.code());
        }

        List<Product> products() {
            return List.copyOf(products.values());
        }

        private static String key(String code) {
            return code.strip().toUpperCase(Locale.ROOT);
        }
    }
}
