package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.model.QuoteLine;
import com.roboplanet.soconnector.domain.model.Sale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The built-in sandbox tenant's price list, product families and sale shapes, copied from {@code superoffice-sandbox}
 * ({@code entities/Catalog.java}, {@code Headings.java}, {@code GeneratedSales.java}), which the domain cannot depend
 * on; with the catalogue of {@code docs/examples/products.csv}. Each sale knows the product and quantity it means, so
 * that a test can check the report's rows against the truth.
 */
final class SandboxTenant {
    /** A product of the price list. */
    record PriceListEntry(int id, String code, String name, int familyId) {
        CrmProduct crm(List<String> families) {
            return new CrmProduct(id, code, name, families.get(familyId - 1), BigDecimal.TEN, true);
        }

        boolean robot() {
            return familyId <= 2;
        }
    }

    static final List<PriceListEntry> PRICE_LIST = List.of(
            new PriceListEntry(1, "PD-BB-01", "Pudu BellaBot", 1),
            new PriceListEntry(2, "PD-BB-PRO-01", "Pudu BellaBot Pro", 1),
            new PriceListEntry(3, "PD-KB-01", "Pudu KettyBot", 1),
            new PriceListEntry(4, "PD-HB-01", "Pudu HolaBot", 1),
            new PriceListEntry(5, "PD-PB2-01", "PuduBot 2", 1),
            new PriceListEntry(6, "PD-CC1-01", "Pudu CC1 Reinigungsroboter", 2),
            new PriceListEntry(7, "RR-02-017-OMNIE", "Omnie Reinigungsroboter CD-01", 2),
            new PriceListEntry(8, "KN-T8-01", "Keenon T8", 1),
            new PriceListEntry(9, "CH-BB-01", "Ladestation BellaBot", 3),
            new PriceListEntry(10, "CH-CC1-01", "Ladestation CC1", 3),
            new PriceListEntry(11, "SP-TRAY-01", "Ersatztablett BellaBot", 4),
            new PriceListEntry(12, "SP-BRUSH-CC1", "Bürstenset CC1", 4),
            new PriceListEntry(13, "SP-BAT-01", "Ersatzakku Serviceroboter", 4),
            new PriceListEntry(14, "SV-WV-12", "Wartungsvertrag 12 Monate", 5),
            new PriceListEntry(15, "RT-BB-M", "Miete BellaBot (Monat)", 6),
            new PriceListEntry(16, "TR-SCH-01", "Schulung vor Ort", 7));

    static final List<String> FAMILIES_EN = List.of(
            "Service robots",
            "Cleaning robots",
            "Charging stations",
            "Spare parts",
            "Maintenance contracts",
            "Rentals",
            "Training");

    static final List<String> FAMILIES_DE = List.of(
            "Serviceroboter",
            "Reinigungsroboter",
            "Ladestationen",
            "Ersatzteile",
            "Wartungsverträge",
            "Miete",
            "Schulung");

    /** The catalogue of {@code docs/examples/products.csv}. */
    static final ProductCatalog EXAMPLE_CATALOGUE = ProductCatalog.of(List.of(
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

    /** The price list entries each catalogue product of the example catalogue stands for. */
    static final Map<String, Set<Integer>> EXAMPLE_CATALOGUE_MEANS = Map.ofEntries(
            Map.entry("BELLABOT", Set.of(1)),
            Map.entry("BELLABOT-PRO", Set.of(2)),
            Map.entry("KETTYBOT", Set.of(3)),
            Map.entry("HOLABOT", Set.of(4)),
            Map.entry("PUDUBOT2", Set.of(5)),
            Map.entry("CC1", Set.of(6)),
            Map.entry("OMNIE", Set.of(7)),
            Map.entry("KEENON-T8", Set.of(8)),
            Map.entry("CHARGER", Set.of(9, 10)),
            Map.entry("SPARE-PARTS", Set.of(11, 12, 13)),
            Map.entry("SERVICE", Set.of(14)),
            Map.entry("RENTAL", Set.of(15)),
            Map.entry("TRAINING", Set.of(16)));

    /** The sandbox's default pattern of product codes in user-defined fields ({@code SO_UDF_PRODUCT_PATTERN}). */
    static final List<Pattern> UDF_PATTERNS = List.of(Pattern.compile("\\b[A-Z]{2}(?:-[A-Z0-9]+){2,4}\\b"));

    private static final String[][] MENTIONS = {
        {"1", "BellaBot", "Pudu BellaBot", "BelaBot", "PD-BB-01", "Bella Bot"},
        {"2", "BellaBot Pro", "PD-BB-PRO-01", "Bellabot Pro", "BelaBot Pro"},
        {"3", "KettyBot", "Pudu KettyBot", "Ketty Bot", "PD-KB-01"},
        {"4", "HolaBot", "Pudu HolaBot", "Holabot"},
        {"5", "PuduBot 2", "PuduBot2", "Pudubot 2"},
        {"6", "CC1", "Pudu CC1 cleaning robot", "CC1 Reinigungsroboter", "PD-CC1-01"},
        {"7", "Omnie", "Omnie CD-01", "CD-01", "Omni", "RR-02-017-OMNIE", "Omnie Reinigungsroboter"},
        {"8", "Keenon T8", "T8 Keenon", "KN-T8-01"},
        {"9", "Ladestation BellaBot", "charging station BellaBot"},
        {"10", "Ladestation CC1", "CC1 charging dock"},
        {"11", "Ersatztablett BellaBot", "spare tray BellaBot"},
        {"12", "Bürstenset CC1", "CC1 brushes"},
        {"13", "Ersatzakku", "spare battery"}
    };

    private static final String[] QUANTITY_FORMS = {
        "%dx %s", "%dx%s", "%d Stk. %s", "%s x%d", "%d pcs %s", "%d x %s", "%s (%d Stück)", "%s %d pcs"
    };

    private static final String[] SUFFIXES = {
        "",
        " mit Nachlass",
        " inkl. Einweisung",
        " for restaurant",
        " Hotel",
        " Messeangebot",
        " – Angebot",
        " incl. delivery"
    };

    /** A sale and the price list entry and quantity it is about. */
    record TrueSale(Sale sale, PriceListEntry product, int quantity) {}

    private SandboxTenant() {}

    /**
     * Every heading of the sandbox's pool naming a price list entry, each three times: with its quote (the product,
     * and a charging station for a robot), with the product's code in the "Artikelnummer" field, and with both.
     */
    static List<TrueSale> structuredSales() {
        List<TrueSale> sales = new ArrayList<>();
        long id = 1;
        for (String[] mention : MENTIONS) {
            PriceListEntry product = PRICE_LIST.get(Integer.parseInt(mention[0]) - 1);
            for (int variant = 1; variant < mention.length; variant++) {
                String name = mention[variant];
                for (int form = -1; form < QUANTITY_FORMS.length; form++) {
                    int quantity = form < 0 ? 1 : 1 + (variant + form) % 4;
                    String text = form < 0
                            ? name
                            : QUANTITY_FORMS[form].startsWith("%s")
                                    ? String.format(QUANTITY_FORMS[form], name, quantity)
                                    : String.format(QUANTITY_FORMS[form], quantity, name);
                    String heading = text + SUFFIXES[(variant * 3 + Math.max(form, 0)) % SUFFIXES.length];
                    for (int shape = 0; shape < 3; shape++) {
                        sales.add(new TrueSale(
                                sale(id++, heading, product, quantity, shape != 1, shape != 0), product, quantity));
                    }
                }
            }
        }
        return sales;
    }

    private static Sale sale(
            long id, String heading, PriceListEntry product, int quantity, boolean quoted, boolean withField) {
        List<QuoteLine> lines = new ArrayList<>();
        if (quoted) {
            lines.add(line(product, quantity));
            if (product.robot()) {
                lines.add(line(PRICE_LIST.get(product.familyId() == 1 ? 8 : 9), quantity));
            }
        }
        Map<String, String> fields = withField
                ? Map.of("SuperOffice:1", product.code(), "SuperOffice:2", Integer.toString(quantity))
                : Map.of();
        return new Sale(
                id,
                heading,
                LocalDate.of(2025, 1, 7),
                new Customer(7, "Acme"),
                "Anna",
                BigDecimal.TEN,
                quoted,
                lines,
                fields);
    }

    private static QuoteLine line(PriceListEntry product, int quantity) {
        return new QuoteLine(
                product.code(), product.name(), Integer.toString(product.familyId()), BigDecimal.valueOf(quantity));
    }

    /** The price list as the CRM lists it, with family names as {@code families} gives them (English or German). */
    static List<CrmProduct> crmProducts(List<String> families) {
        return PRICE_LIST.stream().map(p -> p.crm(families)).toList();
    }

    static List<ProductFamily> families(List<String> names) {
        List<ProductFamily> families = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            families.add(new ProductFamily(i + 1, names.get(i), "", false));
        }
        return families;
    }
}
