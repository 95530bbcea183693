package com.roboplanet.soconnector.domain.matching;

import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.util.List;

/** The catalogue of {@code docs/examples/products.csv}, which the field cases are run with. */
final class ExampleCatalogue {
    static final ProductCatalog CATALOG = ProductCatalog.of(List.of(
            new Product("OMNIE", "Omnie Reinigungsroboter", List.of("Omnie", "CD-01", "RR-02-017-OMNIE")),
            new Product("CC1", "Pudu CC1 Reinigungsroboter", List.of("CC1")),
            new Product("BELLABOT", "Pudu BellaBot", List.of("BellaBot", "Bella Bot")),
            new Product("BELLABOT-PRO", "Pudu BellaBot Pro", List.of("BellaBot Pro")),
            new Product("KETTYBOT", "Pudu KettyBot", List.of("KettyBot")),
            new Product("HOLABOT", "Pudu HolaBot", List.of("HolaBot")),
            new Product("PUDUBOT2", "Pudu PuduBot 2", List.of("PuduBot 2", "PuduBot2")),
            new Product("KEENON-T8", "Keenon T8 Servierroboter", List.of("Keenon T8")),
            new Product("KEENON-T5", "Keenon Dinerbot T5", List.of("Keenon T5", "Dinerbot T5", "Keenon Dinerbot T5")),
            new Product("KEENON-W3", "Keenon W3 Lieferroboter", List.of("Keenon W3")),
            new Product("CHARGER", "Ladestation", List.of("Ladestation*", "Charging Station*")),
            new Product("SPARE-PARTS", "Ersatzteile", List.of("Ersatzteil*", "Ersatzakku*", "Spare part*")),
            new Product("SERVICE", "Service und Wartung", List.of("Service*", "Wartung*")),
            new Product("RENTAL", "Miete", List.of("Miete*", "Mietverlängerung*", "Rental*")),
            new Product("TRAINING", "Schulung", List.of("Schulung*", "Einweisung*", "Training*"))));

    static final ProductMatcher MATCHER = ProductMatcher.of(CATALOG);

    private ExampleCatalogue() {}
}
