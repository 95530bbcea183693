package com.roboplanet.soconnector.domain.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The products the matcher looks for, unique by code (case-insensitive). Some products may stand for a product family
 * of the CRM ({@code --catalog-from-crm}): they know the codes of their members, so that a heading naming a member and
 * its family ({@code CC1 Reinigungsroboter}) counts the member only.
 */
public final class ProductCatalog {
    private final Map<String, Product> byCode;
    private final Map<String, Set<String>> familyMembers;

    private ProductCatalog(Map<String, Product> byCode, Map<String, Set<String>> familyMembers) {
        this.byCode = byCode;
        this.familyMembers = familyMembers;
    }

    public static ProductCatalog of(Collection<Product> products) {
        return of(products, Map.of());
    }

    /**
     * @param familyMembers for each product that stands for a product family, the codes of the products in it
     * @throws IllegalArgumentException when a code appears twice, or a family or member is no product of the list
     */
    public static ProductCatalog of(
            Collection<Product> products, Map<String, ? extends Collection<String>> familyMembers) {
        Map<String, Product> map = new LinkedHashMap<>();
        for (Product p : products) {
            Product previous = map.putIfAbsent(key(p.code()), p);
            if (previous != null) {
                throw new IllegalArgumentException("product code " + p.code() + " appears twice in the catalogue");
            }
        }
        Map<String, Set<String>> families = new HashMap<>();
        familyMembers.forEach((family, members) -> {
            Set<String> keys = new HashSet<>();
            for (String member : members) {
                requireProduct(map, member);
                keys.add(key(member));
            }
            families.put(key(requireProduct(map, family)), Set.copyOf(keys));
        });
        return new ProductCatalog(map, Map.copyOf(families));
    }

    private static String requireProduct(Map<String, Product> products, String code) {
        if (!products.containsKey(key(code))) {
            throw new IllegalArgumentException("product family or member " + code + " is no product of the catalogue");
        }
        return code;
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
     * Whether the product with code {@code family} stands for a product family that has the product with code {@code
     * member} (codes compared ignoring case).
     */
    public boolean isFamilyOf(String family, String member) {
        return familyMembers.getOrDefault(key(family), Set.of()).contains(key(member));
    }

    private static String key(String code) {
        return code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "ProductCatalog[" + byCode.size() + " products]";
    }
}
