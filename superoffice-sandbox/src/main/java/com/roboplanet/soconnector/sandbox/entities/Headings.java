package com.roboplanet.soconnector.sandbox.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * The heading pool: how sales people really name sales. Each heading remembers the product and quantity it means, so
 * that amount and quote lines agree with it. Built once; a sale picks one by hash.
 */
final class Headings {
    /** A heading and the product (0 = none) and quantity it names. */
    record Heading(String text, int productId, int quantity) {}

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

    private static final Heading[] SERVICE = {
        new Heading("Wartungsvertrag BellaBot 12 Monate", 14, 1),
        new Heading("Wartungsvertrag CC1", 14, 1),
        new Heading("Maintenance contract 2x KettyBot", 14, 2),
        new Heading("Miete BellaBot 3 Monate", 15, 3),
        new Heading("Rental HolaBot 6 months", 15, 6),
        new Heading("Miete KettyBot", 15, 1),
        new Heading("Schulung Servicepersonal", 16, 1),
        new Heading("Training staff on site", 16, 1),
        new Heading("Schulung CC1 Reinigung", 16, 1),
        new Heading("", 0, 0),
        new Heading("", 0, 0),
        new Heading("Anfrage Messe Hannover", 0, 0),
        new Heading("Follow-up demo", 0, 0),
        new Heading("Angebot Seniorenresidenz", 0, 0)
    };

    private final List<Heading> pool;

    Headings() {
        List<Heading> built = new ArrayList<>();
        for (String[] mention : MENTIONS) {
            int productId = Integer.parseInt(mention[0]);
            for (int variant = 1; variant < mention.length; variant++) {
                String name = mention[variant];
                built.add(new Heading(name, productId, 1));
                for (int form = 0; form < QUANTITY_FORMS.length; form++) {
                    int quantity = 1 + (variant + form) % 4;
                    String text = QUANTITY_FORMS[form].startsWith("%s")
                            ? String.format(QUANTITY_FORMS[form], name, quantity)
                            : String.format(QUANTITY_FORMS[form], quantity, name);
                    built.add(
                            new Heading(text + SUFFIXES[(variant * 3 + form) % SUFFIXES.length], productId, quantity));
                }
            }
        }
        for (int repeat = 0; repeat < 6; repeat++) built.addAll(List.of(SERVICE));
        pool = List.copyOf(built);
    }

    Heading pick(long hash) {
        return pool.get(Mix.pick(hash, 0, pool.size()));
    }
}
