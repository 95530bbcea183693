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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Each CRM product becomes a product with its code (or {@code PRODUCT-<id>} when it has none) and its code and name
 * as aliases; each active family becomes {@code FAMILY-<id>} with its name. A name or code that the catalogue already
 * uses as an alias stays with the product that has it, because one alias may belong to one product only; a code the
 * catalogue has is not added twice. The CRM's names are an aid: a read the user may not make is left out, with a warning.
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
        ProductCatalog catalog = command.catalog();
        CrmCatalogSource source = crm.get();
        Set<String> taken = new HashSet<>();
        catalog.products().forEach(p -> p.aliases().forEach(a -> taken.add(key(a))));
        Set<String> codes = new HashSet<>();
        catalog.products().forEach(p -> codes.add(p.code().toUpperCase(Locale.ROOT)));
        List<Product> added = new ArrayList<>();
        for (CrmProduct p : CrmAid.read(source::products, "the CRM's products in the catalogue", warnings)) {
            String code = p.code().isBlank() ? "PRODUCT-" + p.id() : p.code();
            add(added, codes, taken, code, p.name(), List.of(p.code(), p.name()));
        }
        for (ProductFamily f : CrmAid.read(
                () -> source.productFamilies(false), "the CRM's product families in the catalogue", warnings)) {
            add(added, codes, taken, "FAMILY-" + f.id(), f.name(), List.of(f.name()));
        }
        return catalog.mergedWith(ProductCatalog.of(added));
    }

    private static void add(
            List<Product> added,
            Set<String> codes,
            Set<String> taken,
            String code,
            String name,
            List<String> candidates) {
        if (!codes.add(code.toUpperCase(Locale.ROOT))) {
            return;
        }
        List<String> aliases = candidates.stream()
                .filter(a -> a != null && !key(a).isEmpty() && taken.add(key(a)))
                .toList();
        if (!aliases.isEmpty()) {
            added.add(new Product(code, name, aliases));
        }
    }

    private static String key(String alias) {
        return TextNormalizer.skeleton(alias.endsWith("*") ? alias.substring(0, alias.length() - 1) : alias);
    }
}
