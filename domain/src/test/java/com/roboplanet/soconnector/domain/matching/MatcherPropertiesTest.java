package com.roboplanet.soconnector.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Rules 1 to 3 over generated headings (seeded, so every run sees the same cases; a failure names the heading):
 * a number that is not a count, inserted anywhere, never changes what is read; an invisible character inside an
 * alias never hides it; full-width, dash and space variants of a heading match like the heading.
 */
class MatcherPropertiesTest {
    private static final int CASES = 3_000;

    private static final ProductMatcher MATCHER = ProductMatcher.of(ProductCatalog.of(List.of(
            new Product("BELLABOT", "BellaBot", List.of("BellaBot", "Bella Bot")),
            new Product("KETTYBOT", "KettyBot", List.of("KettyBot")),
            new Product("OMNIE", "Omnie", List.of("Omnie", "CD-01")),
            new Product("KEENON-T8", "Keenon T8", List.of("Keenon T8")))));

    private static final List<String> ALIASES =
            List.of("BellaBot", "Bella Bot", "KettyBot", "Omnie", "CD-01", "Keenon T8");

    /** Words that are no alias, no label, no unit and no price sign. */
    private static final List<String> FILLERS = List.of(
            "Lieferung",
            "Angebot",
            "für",
            "Hotel",
            "Adler",
            "inkl.",
            "Demo",
            "Halle",
            "mit",
            "Nachlass",
            "Kunde",
            "Restaurant",
            "und",
            "Filiale",
            "Messe",
            "Anfrage",
            "Café",
            "Müller",
            "GmbH",
            "Standort",
            "–",
            "/",
            "+");

    private static final String INVISIBLE =
            "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u034f\ufe0f\u200e\u200f\u202a" + "\u202c\u2061\u2063";

    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d";

    private static final String SPACES = " \u00a0\u2000\u2002\u2003\u2007\u2009\u200a\u202f\u205f\u3000\t";

    // A number that is not a count, inserted anywhere, never becomes a quantity.

    @Test
    void match_notACountInsertedAnywhere_changesNothing() {
        Random random = new Random(20261112L);
        for (int n = 0; n < CASES; n++) {
            List<String> tokens = heading(random);
            String plain = String.join(" ", tokens);
            Map<String, Integer> expected = quantities(plain);
            String inserted = notACount(random);
            int at = random.nextInt(tokens.size() + 1);
            List<String> withInsertion = new ArrayList<>(tokens);
            withInsertion.add(at, inserted);
            String heading = String.join(" ", withInsertion);

            assertThat(quantities(heading))
                    .as("\"%s\" with \"%s\" inserted: %s", plain, inserted, heading)
                    .isEqualTo(expected);
        }
    }

    @Test
    void match_generatedHeadings_readTheQuantitiesTheyWereWrittenWith() {
        Random random = new Random(7L);
        for (int n = 0; n < CASES; n++) {
            Map<String, Integer> written = new LinkedHashMap<>();
            List<String> tokens = heading(random, written);
            String heading = String.join(" ", tokens);

            assertThat(quantities(heading)).as(heading).isEqualTo(written);
        }
    }

    // An invisible character inserted anywhere inside an alias never hides it.

    @Test
    void match_invisibleCharacterInsideAnyAlias_findsTheSameProductAndQuantity() {
        Random random = new Random(8L);
        for (Product product : ExampleCatalogue.CATALOG.products()) {
            for (String written : product.aliases()) {
                String alias = written.endsWith("*") ? written.substring(0, written.length() - 1) : written;
                for (int k = 1; k < alias.length(); k++) {
                    String hidden = alias.substring(0, k) + invisible(random) + alias.substring(k);
                    String prefix = random.nextBoolean() ? "2x " : "Lieferung ";

                    List<Mention> plain = ExampleCatalogue.MATCHER
                            .match(prefix + alias + " Halle")
                            .mentions();
                    List<Mention> withInvisible = ExampleCatalogue.MATCHER
                            .match(prefix + hidden + " Halle")
                            .mentions();

                    assertThat(summary(withInvisible))
                            .as("%s with an invisible character: %s", alias, TextNormalizer.showInvisible(hidden))
                            .isEqualTo(summary(plain))
                            .anyMatch(mention -> mention.startsWith(product.code() + " "));
                    assertThat(withInvisible.get(0).matchedText().replaceAll("\\p{Cf}|\u034f|\ufe0f|\u180e", ""))
                            .isEqualTo(plain.get(0).matchedText());
                }
            }
        }
    }

    @Test
    void match_severalInvisibleCharactersAnywhereInGeneratedHeadings_changeNothing() {
        Random random = new Random(9L);
        for (int n = 0; n < CASES; n++) {
            String plain = String.join(" ", heading(random));
            StringBuilder hidden = new StringBuilder();
            for (int i = 0; i < plain.length(); i++) {
                if (random.nextInt(4) == 0) {
                    hidden.append(invisible(random));
                }
                hidden.append(plain.charAt(i));
            }

            assertThat(summary(MATCHER.match(hidden.toString()).mentions()))
                    .as(TextNormalizer.showInvisible(hidden.toString()))
                    .isEqualTo(summary(MATCHER.match(plain).mentions()));
        }
    }

    // A full-width rendering of a heading matches like the plain one; so do other dashes and spaces.

    @Test
    void match_fullWidthRendering_matchesLikeThePlainHeadingWithTheSameOffsets() {
        Random random = new Random(10L);
        for (int n = 0; n < CASES; n++) {
            String plain = String.join(" ", heading(random));
            String wide = fullWidth(plain);

            List<Mention> expected = MATCHER.match(plain).mentions();
            List<Mention> actual = MATCHER.match(wide).mentions();

            assertThat(summary(actual)).as(wide).isEqualTo(summary(expected));
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i).matchedText())
                        .isEqualTo(fullWidth(expected.get(i).matchedText()));
            }
            List<Candidate> plainCandidates = MATCHER.explain(plain).candidates();
            List<Candidate> wideCandidates = MATCHER.explain(wide).candidates();
            for (int i = 0; i < plainCandidates.size(); i++) {
                assertThat(wideCandidates.get(i).start())
                        .isEqualTo(plainCandidates.get(i).start());
                assertThat(wideCandidates.get(i).end())
                        .isEqualTo(plainCandidates.get(i).end());
            }
        }
    }

    @Test
    void match_otherDashesAndSpaces_matchLikeThePlainHeading() {
        Random random = new Random(11L);
        for (int n = 0; n < CASES; n++) {
            String plain = String.join(" ", heading(random));
            StringBuilder varied = new StringBuilder();
            for (char c : plain.toCharArray()) {
                if (c == '-') {
                    varied.append(DASHES.charAt(random.nextInt(DASHES.length())));
                } else if (c == ' ') {
                    varied.append(SPACES.charAt(random.nextInt(SPACES.length())));
                } else {
                    varied.append(c);
                }
            }

            assertThat(summary(MATCHER.match(varied.toString()).mentions()))
                    .as(TextNormalizer.showInvisible(varied.toString()))
                    .isEqualTo(summary(MATCHER.match(plain).mentions()));
        }
    }

    // The generator.

    private static List<String> heading(Random random) {
        return heading(random, new LinkedHashMap<>());
    }

    /**
     * Fillers and one or two mentions, each an atomic token with its quantity written one of the ways the rules
     * read (or none); at least one filler separates two mentions. {@code written} receives what each product's
     * quantity is.
     */
    private static List<String> heading(Random random, Map<String, Integer> written) {
        List<String> tokens = new ArrayList<>();
        addFillers(tokens, random, random.nextInt(3));
        List<String> products = new ArrayList<>(List.of("BELLABOT", "KETTYBOT", "OMNIE", "KEENON-T8"));
        int mentions = 1 + random.nextInt(2);
        for (int m = 0; m < mentions; m++) {
            String code = products.remove(random.nextInt(products.size()));
            String alias = switch (code) {
                case "BELLABOT" -> random.nextBoolean() ? "BellaBot" : "Bella Bot";
                case "KETTYBOT" -> "KettyBot";
                case "OMNIE" -> random.nextBoolean() ? "Omnie" : "CD-01";
                default -> "Keenon T8";
            };
            int quantity = 2 + random.nextInt(8);
            String token = switch (random.nextInt(14)) {
                case 0 -> quantity + "x " + alias;
                case 1 -> quantity + " x " + alias;
                case 2 -> quantity + "×" + alias;
                case 3 -> quantity + " Stk. " + alias;
                case 4 -> "Qty: " + quantity + " " + alias;
                case 5 -> quantity + " " + alias;
                case 6 -> alias + " x" + quantity;
                case 7 -> alias + " (" + quantity + "x)";
                case 8 -> alias + " – " + quantity + " Stück";
                case 9 -> alias + ", Menge: " + quantity;
                case 10 -> alias + " " + quantity + " Stk.";
                case 11 -> alias + " " + quantity + "x";
                default -> {
                    quantity = 1;
                    yield alias;
                }
            };
            written.put(code, quantity);
            tokens.add(token);
            addFillers(tokens, random, m + 1 < mentions ? 1 + random.nextInt(2) : random.nextInt(3));
        }
        return tokens;
    }

    private static void addFillers(List<String> tokens, Random random, int count) {
        for (int i = 0; i < count; i++) {
            tokens.add(FILLERS.get(random.nextInt(FILLERS.size())));
        }
    }

    /** A year, a labelled number, a date, a time, a price, a percentage or a duration, with numbers of 10 and more. */
    private static String notACount(Random random) {
        int number = 10 + random.nextInt(9990);
        return switch (random.nextInt(7)) {
            case 0 -> String.valueOf(1900 + random.nextInt(200));
            case 1 ->
                pick(
                                random,
                                "KW",
                                "Woche",
                                "Projekt",
                                "Proj.",
                                "Auftrag",
                                "Nr.",
                                "No.",
                                "Pos.",
                                "Los",
                                "Angebot-Nr.",
                                "Rechnung",
                                "Vertrag",
                                "CW",
                                "Week",
                                "Project",
                                "Invoice",
                                "Contract",
                                "Lot",
                                "Ref.")
                        + pick(random, " ", ": ", " ")
                        + number;
            case 2 -> pick(random, "12.05.", "12.05.2026", "2026-05-12", "31.12.", "01.03.2025", "2025-03");
            case 3 -> pick(random, "10:30", "10:30 Uhr", "14 Uhr", "8:15");
            case 4 ->
                pick(
                        random,
                        "1.200 €",
                        "EUR " + number,
                        "à 1.200",
                        "à " + number,
                        number + " €",
                        "€ " + number,
                        "€" + number,
                        "CHF " + number,
                        "1.200,00 EUR",
                        "#" + number,
                        "# " + number);
            case 5 -> pick(random, number % 100 + " %", number % 100 + "%", number % 100 + " Prozent");
            default -> pick(random, "3 Jahre", "24M", "12 Monate", "36 Monate", "6 Wochen", "2 years", "18 months");
        };
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String invisible(Random random) {
        return String.valueOf(INVISIBLE.charAt(random.nextInt(INVISIBLE.length())));
    }

    /** ASCII {@code !..~} to U+FF01..U+FF5E, the space to the ideographic space U+3000: the same length. */
    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '!' && c <= '~') {
                out.append((char) (c - '!' + 0xFF01));
            } else if (c == ' ') {
                out.append('\u3000');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<String, Integer> quantities(String heading) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        MATCHER.match(heading)
                .mentions()
                .forEach(m -> quantities.put(m.product().code(), m.quantity()));
        return quantities;
    }

    /** Product, quantity and how it was read, per mention. */
    private static List<String> summary(List<Mention> mentions) {
        return mentions.stream()
                .map(m -> m.product().code() + " x" + m.quantity() + " " + sourceOf(m))
                .toList();
    }

    private static QuantitySource sourceOf(Mention mention) {
        return mention.quantitySource();
    }
}
