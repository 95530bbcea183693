package com.roboplanet.soconnector.domain.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The products the matcher looks for, unique by code (case-insensitive). */
public final class ProductCatalog {
    private final Map<String, Product> byCode;

    private ProductCatalog(Map<String, Product> byCode) {
        this.byCode = byCode;
    }

    public static ProductCatalog of(Collection<Product> products) {
        Map<String, Product> map = new LinkedHashMap<>();
        for (Product p : products) {
            Product previous = map.putIfAbsent(key(p.code()), p);
            if (previous != null) {
                throw new IllegalArgumentException("product code " + p.code() + " appears twice in the catalogue");
            }
        }
        return new ProductCatalog(map);
    }

    /** The team's starting keywords, used when no catalogue is given. */
    public static ProductCatalog builtIn() {
        return of(List.of(
                new Product("OMNIE", "Omnie", List.of("Omnie", "CD-01", "RR-02-017-OMNIE")),
                new Product("SERVICE", "Service", List.of("Service*", "Wartung*"))));
    }

    public List<Product> products() {
        return List.copyOf(byCode.values());
    }

    public Optional<Product> byCode(String code) {
        return Optional.ofNullable(byCode.get(key(code)));
    }

    public int size() {
        return byCode.size();
    }

    public int aliasCount() {
        return byCode.values().stream().mapToInt(p -> p.aliases().size()).sum();
    }

    /**
     * This catalogue plus the other's products: a code present in both keeps this catalogue's name
     * and gains the other's aliases.
     */
    public ProductCatalog mergedWith(ProductCatalog other) {
        Map<String, Product> merged = new LinkedHashMap<>(byCode);
        for (Product p : other.byCode.values()) {
            merged.merge(key(p.code()), p, (mine, theirs) -> {
                List<String> aliases = new ArrayList<>(mine.aliases());
                aliases.addAll(theirs.aliases());
                return new Product(mine.code(), mine.name(), aliases);
            });
        }
        return new ProductCatalog(merged);
    }

    private static String key(String code) {
        return code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "ProductCatalog[" + byCode.size() + " products]";
    }
}
