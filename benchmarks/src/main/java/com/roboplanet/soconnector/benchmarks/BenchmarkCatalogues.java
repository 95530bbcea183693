package com.roboplanet.soconnector.benchmarks;

import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * The two catalogues the benchmark compares: the team's real 10 aliases, and the same plus generated
 * products up to 5,000 aliases, shaped like a distributor's price list (a model name and an article code).
 */
final class BenchmarkCatalogues {
    static final int GENERATED_PRODUCTS = 2495;

    private static final String[] BRANDS = {
        "Kleen", "Robo", "Servi", "Clea", "Vaco", "Mopi", "Swee", "Tidy", "Brill", "Scrub", "Polo", "Dusti", "Nova",
        "Aqua", "Shine", "Glanz"
    };
    private static final String[] SERIES = {"max", "star", "one", "jet", "go", "lite", "flex", "pro", "mini", "line"};

    private BenchmarkCatalogues() {}

    static ProductCatalog small() {
        return ProductCatalog.of(baseProducts());
    }

    static ProductCatalog large() {
        List<Product> products = new ArrayList<>(baseProducts());
        for (int i = 0; i < GENERATED_PRODUCTS; i++) {
            products.add(new Product("GEN-" + i, generatedName(i), List.of(generatedName(i), generatedCode(i))));
        }
        return ProductCatalog.of(products);
    }

    /** {@code Kleenmax 100}, {@code Robomax 101}, ...: the number keeps every name distinct. */
    static String generatedName(int i) {
        return BRANDS[i % BRANDS.length] + SERIES[(i / BRANDS.length) % SERIES.length] + " " + (100 + i);
    }

    /** {@code RB-00-000}, {@code RB-00-001}, ...: shaped like the team's {@code RR-02-017-OMNIE}. */
    static String generatedCode(int i) {
        return String.format("RB-%02d-%03d", i / 1000, i % 1000);
    }

    private static List<Product> baseProducts() {
        return List.of(
                new Product("OMNIE", "Omnie", List.of("Omnie", "CD-01", "RR-02-017-OMNIE")),
                new Product("SERVICE", "Service", List.of("Service*", "Wartung*")),
                new Product("BELLA", "BellaBot", List.of("BellaBot")),
                new Product("BELLA-PRO", "BellaBot Pro", List.of("BellaBot Pro")),
                new Product("KETTY", "KettyBot", List.of("KettyBot")),
                new Product("HOLA", "HolaBot", List.of("HolaBot")),
                new Product("CC1", "PUDU CC1", List.of("PUDU CC1")));
    }
}
