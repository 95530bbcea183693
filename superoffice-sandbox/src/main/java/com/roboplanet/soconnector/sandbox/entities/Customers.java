package com.roboplanet.soconnector.sandbox.entities;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's customers (contacts) and their persons, computed from (seed, id). Contact c has the two persons
 * {@code 2c-1} and {@code 2c}.
 */
public final class Customers {
    /** A customer (contact); {@code domain} is the host part of its e-mail and web addresses. */
    public record Customer(int contactId, String name, String city, String domain) {}

    /** A person of a customer, with an e-mail address at the customer's domain. */
    public record Person(int personId, int contactId, String firstName, String lastName, String email) {
        /** First and last name, separated by a space. */
        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    private static final String[] KINDS = {
        "Hotel",
        "Restaurant",
        "Klinikum",
        "Seniorenresidenz",
        "Gasthaus",
        "Café",
        "Brauhaus",
        "Autohaus",
        "Kantine",
        "Cleaning Services"
    };
    private static final String[] NAMES = {
        "Adler",
        "Sonne",
        "Krone",
        "Linde",
        "Post",
        "Am See",
        "Bergblick",
        "Riverside",
        "Harbour",
        "Alpenblick",
        "Stadtmitte",
        "Rheinblick",
        "Goldener Hirsch",
        "Nordstern",
        "Parkview",
        "Lindenhof"
    };
    private static final String[] FORMS = {"GmbH", "AG", "KG", "GmbH & Co. KG", "Ltd", "e.K."};
    private static final String[] CITIES = {
        "München", "Berlin", "Hamburg", "Köln", "Stuttgart", "Wien", "Zürich", "Leipzig", "Dresden", "Nürnberg"
    };
    private static final String[] FIRST = {
        "Lukas", "Julia", "Felix", "Marie", "Paul", "Sophie", "Jan", "Laura", "Elias", "Emma", "Oliver", "Grace"
    };
    private static final String[] LAST = {
        "Müller", "Schmidt", "Fischer", "Weber", "Schneider", "Wolf", "Neumann", "Zimmermann", "Smith", "Brown"
    };

    private final long seed;
    private final int count;
    private final Customer[] byId;
    private final Map<Integer, String> emails;

    Customers(long seed, int count) {
        this(seed, count, Map.of());
    }

    /** @param emails persons whose address is given instead of generated (a scenario), by person id */
    Customers(long seed, int count, Map<Integer, String> emails) {
        this.seed = seed;
        this.count = count;
        this.emails = Map.copyOf(emails);
        byId = new Customer[count + 1];
        for (int contactId = 1; contactId <= count; contactId++) byId[contactId] = build(contactId);
    }

    /** How many customers the tenant has; their ids are {@code 1..count}. */
    public int count() {
        return count;
    }

    /** The customer with {@code contactId}, or empty for an id outside {@code 1..count}. */
    public Optional<Customer> customer(int contactId) {
        return contactId < 1 || contactId > count ? Optional.empty() : Optional.of(byId[contactId]);
    }

    private Customer build(int contactId) {
        long hash = Mix.of(seed ^ 0x5EED_C0DEL, contactId);
        String kind = KINDS[Mix.pick(hash, 0, KINDS.length)];
        String name = NAMES[Mix.pick(hash, 8, NAMES.length)];
        String form = FORMS[Mix.pick(hash, 16, FORMS.length)];
        String city = CITIES[Mix.pick(hash, 24, CITIES.length)];
        String slug = (kind + "-" + name).toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
        return new Customer(
                contactId, kind + " " + name + " " + city + " " + form, city, slug + "-" + contactId + ".example");
    }

    /** The person with {@code personId}, or empty for an id outside {@code 1..2*count}. */
    public Optional<Person> person(int personId) {
        if (personId < 1 || personId > 2 * count) return Optional.empty();
        int contactId = (personId + 1) / 2;
        Customer customer = byId[contactId];
        long hash = Mix.of(seed ^ 0xFACE_FEEDL, personId);
        String first = FIRST[Mix.pick(hash, 0, FIRST.length)];
        String last = LAST[Mix.pick(hash, 8, LAST.length)];
        String local = (first + "." + last)
                .toLowerCase(Locale.ROOT)
                .replace("ü", "ue")
                .replace("ö", "oe")
                .replace("ä", "ae");
        String email = emails.getOrDefault(personId, local + "@" + customer.domain());
        return Optional.of(new Person(personId, contactId, first, last, email));
    }
}
