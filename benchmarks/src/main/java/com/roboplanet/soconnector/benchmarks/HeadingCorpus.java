package com.roboplanet.soconnector.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * A fixed set of German and English sale headings, generated from templates with a fixed seed so that
 * every run and both catalogues see the same text. About a third name no product at all, as in the
 * team's real exports; the others name the team's products or a generated one (which only the large
 * catalogue knows).
 */
final class HeadingCorpus {
    private static final long SEED = 20240301L;

    private static final List<String> TEMPLATES = List.of(
            "{Q}{P} für {C}",
            "Angebot {P} inkl. Einweisung und Lieferung",
            "Lieferung {Q}{P} + Wartungsvertrag {Y}",
            "Mietkauf {P} 36 Monate, Standort {C}",
            "Service contract {P} {Y}",
            "Quote: {Q}{P} with charging station",
            "Reinigungsroboter für Halle 3, Anfrage vom {Y}-03-01",
            "Demo {P} bei {C}",
            "{P} Ersatzteile: Bürste, Akku, 1.500,00 EUR",
            "Rahmenvertrag {C} – {Q}{P}, {P}",
            "Trade fair lead {C}",
            "Nachbestellung Akku für {P} x2",
            "Servierroboter Restaurant {C} ({Y})",
            "Follow-up call re. delivery of {Q}{P}",
            "Erweiterung Flotte: {Q}{P} und {Q}{P}",
            "Besuch {C}, Interesse an Reinigung");

    private static final List<String> TEAM_ALIASES = List.of(
            "Omnie",
            "CD-01",
            "cd01",
            "RR-02-017-OMNIE",
            "BellaBot",
            "Bella Bot",
            "BellaBot Pro",
            "KettyBot",
            "HolaBot",
            "PUDU CC1",
            "Omnies",
            "Service",
            "Wartungspaket");

    private static final List<String> QUANTITIES = List.of("", "", "", "2x ", "3 Stk. ", "10 x ", "1 ", "2×", "4 pcs ");

    private static final List<String> CUSTOMERS = List.of(
            "Hotel Alpenblick GmbH",
            "Stadtwerke Ulm",
            "Müller Logistik",
            "Klinikum Süd",
            "Café Sonnenschein",
            "Brauhaus Weißbräu",
            "Autohaus Köhler",
            "Lidl Filiale 4711",
            "Restaurant Zur Post",
            "Messe Düsseldorf");

    private HeadingCorpus() {}

    static String[] generate(int count) {
        Random random = new Random(SEED);
        String[] headings = new String[count];
        for (int i = 0; i < count; i++) {
            headings[i] = fill(TEMPLATES.get(random.nextInt(TEMPLATES.size())), random);
        }
        return headings;
    }

    private static String fill(String template, Random random) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            if (template.charAt(i) == '{') {
                out.append(placeholder(template.charAt(i + 1), random));
                i += 3;
            } else {
                out.append(template.charAt(i++));
            }
        }
        return out.toString();
    }

    private static String placeholder(char kind, Random random) {
        return switch (kind) {
            case 'Q' -> QUANTITIES.get(random.nextInt(QUANTITIES.size()));
            case 'P' ->
                random.nextBoolean() ? TEAM_ALIASES.get(random.nextInt(TEAM_ALIASES.size())) : generatedMention(random);
            case 'C' -> CUSTOMERS.get(random.nextInt(CUSTOMERS.size()));
            case 'Y' -> String.valueOf(2020 + random.nextInt(6));
            default -> throw new IllegalStateException("unknown placeholder {" + kind + "}");
        };
    }

    private static String generatedMention(Random random) {
        int product = random.nextInt(BenchmarkCatalogues.GENERATED_PRODUCTS);
        return random.nextBoolean()
                ? BenchmarkCatalogues.generatedName(product)
                : BenchmarkCatalogues.generatedCode(product);
    }
}
