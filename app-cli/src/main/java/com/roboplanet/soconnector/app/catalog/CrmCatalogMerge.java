package com.roboplanet.soconnector.app.catalog;

import com.roboplanet.soconnector.domain.matching.TextNormalizer;
import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code report --catalog-from-crm}: the CRM's product families and products (names and codes) added to the
 * catalogue for one run. A name or code that the catalogue already uses as an alias stays with the product
 * that has it, because one alias may belong to one product only.
 */
public final class CrmCatalogMerge {
    private CrmCatalogMerge() {}

    public static ProductCatalog merge(ProductCatalog catalog, CrmCatalogSource crm) {
        Set<String> taken = new HashSet<>();
        catalog.products().forEach(p -> p.aliases().forEach(a -> taken.add(key(a))));
        Set<String> codes = new HashSet<>();
        catalog.products().forEach(p -> codes.add(p.code().toUpperCase(Locale.ROOT)));
        List<Product> added = new ArrayList<>();
        for (CrmProduct p : crm.products()) {
            String code = p.code().isBlank() ? "PRODUCT-" + p.id() : p.code();
            add(added, codes, taken, code, p.name(), List.of(p.code(), p.name()));
        }
        for (ProductFamily f : crm.productFamilies(false)) {
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
