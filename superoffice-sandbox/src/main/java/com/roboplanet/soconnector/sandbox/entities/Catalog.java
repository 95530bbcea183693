package com.roboplanet.soconnector.sandbox.entities;

import com.roboplanet.soconnector.sandbox.http.Language;
import java.util.List;
import java.util.Optional;

/** The fixed reference data of the tenant: price list, product families, sales reps, sale statuses. */
public final class Catalog {
    /** The ProductFamily list; an item's id is its position from 1. */
    public static final List<ListItem> FAMILIES = List.of(
            new ListItem(1, "Service robots", "Serviceroboter"),
            new ListItem(2, "Cleaning robots", "Reinigungsroboter"),
            new ListItem(3, "Charging stations", "Ladestationen"),
            new ListItem(4, "Spare parts", "Ersatzteile"),
            new ListItem(5, "Maintenance contracts", "Wartungsverträge"),
            new ListItem(6, "Rentals", "Miete"),
            new ListItem(7, "Training", "Schulung"));

    /** The price list; a product's id is its position from 1. */
    public static final List<Product> PRODUCTS = List.of(
            new Product(1, "PD-BB-01", "Pudu BellaBot", 1, 14_900, 10_400),
            new Product(2, "PD-BB-PRO-01", "Pudu BellaBot Pro", 1, 17_900, 12_600),
            new Product(3, "PD-KB-01", "Pudu KettyBot", 1, 11_900, 8_300),
            new Product(4, "PD-HB-01", "Pudu HolaBot", 1, 13_900, 9_700),
            new Product(5, "PD-PB2-01", "PuduBot 2", 1, 10_900, 7_600),
            new Product(6, "PD-CC1-01", "Pudu CC1 Reinigungsroboter", 2, 24_900, 17_400),
            new Product(7, "RR-02-017-OMNIE", "Omnie Reinigungsroboter CD-01", 2, 19_900, 13_900),
            new Product(8, "KN-T8-01", "Keenon T8", 1, 9_900, 6_900),
            new Product(9, "CH-BB-01", "Ladestation BellaBot", 3, 890, 520),
            new Product(10, "CH-CC1-01", "Ladestation CC1", 3, 1_290, 760),
            new Product(11, "SP-TRAY-01", "Ersatztablett BellaBot", 4, 149, 60),
            new Product(12, "SP-BRUSH-CC1", "Bürstenset CC1", 4, 89, 31),
            new Product(13, "SP-BAT-01", "Ersatzakku Serviceroboter", 4, 690, 410),
            new Product(14, "SV-WV-12", "Wartungsvertrag 12 Monate", 5, 1_200, 300),
            new Product(15, "RT-BB-M", "Miete BellaBot (Monat)", 6, 590, 150),
            new Product(16, "TR-SCH-01", "Schulung vor Ort", 7, 650, 200));

    /** The sales reps; an associate's id is its position from 1. */
    public static final List<Associate> ASSOCIATES = List.of(
            new Associate(1, "AM", "Anna", "Meyer", "anna.meyer@roboplanet.example", 9001),
            new Associate(2, "JS", "Jonas", "Schulz", "jonas.schulz@roboplanet.example", 9002),
            new Associate(3, "LW", "Lena", "Wagner", "lena.wagner@roboplanet.example", 9003),
            new Associate(4, "TB", "Tom", "Becker", "tom.becker@roboplanet.example", 9004),
            new Associate(5, "SK", "Sarah", "Klein", "sarah.klein@roboplanet.example", 9005),
            new Associate(6, "MH", "Max", "Hoffmann", "max.hoffmann@roboplanet.example", 9006));

    private static final String[] STATUS_RESOURCE = {
        "[SR_SALE_OPEN]", "[SR_SALE_SOLD]", "[SR_SALE_LOST]", "[SR_SALE_STALLED]"
    };
    private static final String[] STATUS_EN = {"Open", "Sold", "Lost", "Stalled"};
    private static final String[] STATUS_DE = {"Offen", "Verkauft", "Verloren", "Gestoppt"};
    private static final String[] STATUS_ENTITY = {"Open", "Sold", "Lost", "Stalled"};

    private Catalog() {}

    /** The sales rep with {@code associateId} (1..6); an {@link IndexOutOfBoundsException} for another id. */
    public static Associate associate(int associateId) {
        return ASSOCIATES.get(associateId - 1);
    }

    static Optional<Associate> findAssociate(int associateId) {
        return associateId >= 1 && associateId <= ASSOCIATES.size()
                ? Optional.of(associate(associateId))
                : Optional.empty();
    }

    static Product product(int productId) {
        return PRODUCTS.get(productId - 1);
    }

    /** The product family with {@code familyId} (1..7); an {@link IndexOutOfBoundsException} for another id. */
    public static ListItem family(int familyId) {
        return FAMILIES.get(familyId - 1);
    }

    /** How the FindSale archive shows sale status {@code status} (1..4) in {@code language}. */
    public static String statusDisplay(int status, Language language) {
        return switch (language) {
            case NONE -> STATUS_RESOURCE[status - 1];
            case EN -> STATUS_EN[status - 1];
            case DE -> STATUS_DE[status - 1];
        };
    }

    /** The {@code Status} enum value of the sale entity. */
    static String statusName(int status) {
        return STATUS_ENTITY[status - 1];
    }
}
