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
            "für",
            "Hotel",
            "Adler",
            "inkl.",
            "Demo",
            "Kantine",
            "mit",
            "Nachlass",
            "Klinik",
            "Restaurant",
            "und",
            "Lobby",
            "Messe",
            "Anfrage",
            "Café",
            "Müller",
            "GmbH",
            "Zentrale",
            "–",
            "/",
            "+");

    /** A maker or an adjective between a count and its product ({@code 2x Pudu BellaBot}). */
    private static final String[] WORDS_BETWEEN = {"Pudu", "neue", "new", "gebrauchte", "Reinigungs"};

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
            if (startsLabelledList(withInsertion, at)) {
                // "KW 12" before "und 5 BellaBot" writes the list "KW 12 und 5": its 5 is a week by design.
                continue;
            }
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

    // Two mentions written alike, each with its own count, keep their own counts (BellaBot 2x KettyBot 3x).

    @Test
    void match_twoMentionsEachWithItsOwnCount_keepTheirOwnCounts() {
        Random random = new Random(12L);
        for (int n = 0; n < CASES; n++) {
            List<String> products = new ArrayList<>(List.of("BELLABOT", "KETTYBOT", "OMNIE", "KEENON-T8"));
            String first = products.remove(random.nextInt(products.size()));
            String second = products.remove(random.nextInt(products.size()));
            int a = 2 + random.nextInt(8);
            int b = 2 + random.nextInt(8);
            // a count after the first and another before the second could be either's: not generated
            boolean firstAfter = random.nextBoolean();
            boolean secondAfter = firstAfter || random.nextBoolean();
            String heading = written(first, a, firstAfter, random) + " " + written(second, b, secondAfter, random);
            Map<String, Integer> expected = new LinkedHashMap<>();
            expected.put(first, a);
            expected.put(second, b);

            assertThat(quantities(heading)).as(heading).isEqualTo(expected);
        }
    }

    // A count glued after an alias ending with a letter is its count; after a digit, no fix proposes an alias
    // that would find the product without it.

    @Test
    void match_countGluedAfterAnyAlias_isReadOrNeverProposedAsAnAlias() {
        Random random = new Random(13L);
        for (Product product : ExampleCatalogue.CATALOG.products()) {
            for (String written : product.aliases()) {
                String alias = written.endsWith("*") ? written.substring(0, written.length() - 1) : written;
                int quantity = 2 + random.nextInt(98);
                String count = quantity + pick(random, "x", "X", "Stk", "pcs", "Stk.");
                String heading =
                        pick(random, "Lieferung ", "", "Angebot: ") + alias + count + pick(random, "", " Halle");

                if (Character.isLetter(alias.charAt(alias.length() - 1))) {
                    assertThat(ExampleCatalogue.MATCHER.match(heading).mentions())
                            .as(heading)
                            .anyMatch(m -> m.product().equals(product)
                                    && m.quantity() == quantity
                                    && m.quantitySource() == QuantitySource.MARKER);
                } else {
                    assertThat(ExampleCatalogue.MATCHER.explain(heading).candidates())
                            .as(heading)
                            .allSatisfy(c -> assertThat(c.catalogueFixes())
                                    .noneMatch(fix -> fix.contains(String.valueOf(quantity))));
                }
            }
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
                // separate mentions of one product are joined with " | ", which is no text of the heading
                assertThat(actual.get(i).matchedText())
                        .isEqualTo(fullWidth(expected.get(i).matchedText()).replace("\u3000｜\u3000", " | "));
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
            // words between a count and its product (12, 13) only where no product before could claim the count
            int form = random.nextInt(20);
            if (m > 0 && (form == 12 || form == 13)) {
                form = 0;
            }
            String token = switch (form) {
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
                case 12 -> quantity + pick(random, "x ", " Stk. ", " pcs ") + pick(random, WORDS_BETWEEN) + " " + alias;
                case 13 ->
                    quantity + "x " + pick(random, WORDS_BETWEEN) + " " + pick(random, WORDS_BETWEEN) + " " + alias;
                case 14 ->
                    Character.isLetter(alias.charAt(alias.length() - 1))
                            ? alias + quantity + "x"
                            : alias + " x" + quantity;
                case 15 -> quantity + "x " + oneMention(code, alias, random);
                case 16 -> {
                    // the same alias again after a count would be a second mention (BellaBot x2 BellaBot is 3)
                    String[] parts = twoAliases(code, alias);
                    yield TextNormalizer.skeleton(parts[0]).equals(TextNormalizer.skeleton(parts[1]))
                            ? alias + " x" + quantity
                            : parts[0] + " "
                                    + pick(random, "x" + quantity, quantity + "x", quantity + " Stk.", "× " + quantity)
                                    + " " + parts[1];
                }
                case 17 -> {
                    String[] parts = twoAliases(code, alias);
                    yield parts[0] + " (" + parts[1] + ") x" + quantity;
                }
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

    /**
     * The product named twice as one mention: with another of its aliases after a joiner ({@code Omnie (CD-01)},
     * {@code Omnie, CD-01}, {@code Omnie + CD-01}), or, where it has one alias only, that alias again in brackets.
     */
    private static String oneMention(String code, String alias, Random random) {
        String[] parts = twoAliases(code, alias);
        if (parts[0].equals(parts[1])) {
            return alias + " (" + alias + ")";
        }
        boolean sameSkeleton = TextNormalizer.skeleton(parts[0]).equals(TextNormalizer.skeleton(parts[1]));
        String joiner = sameSkeleton
                ? pick(random, " (", ": ", " / ", " ", " [")
                : pick(random, " (", ", ", ": ", " + ", " / ", " ", " [", " & ", "; ");
        String closing = joiner.equals(" (") ? ")" : joiner.equals(" [") ? "]" : "";
        return parts[0] + joiner + parts[1] + closing;
    }

    private static String[] twoAliases(String code, String alias) {
        return switch (code) {
            case "OMNIE" -> new String[] {"Omnie", "CD-01"};
            case "BELLABOT" -> new String[] {alias, alias.equals("BellaBot") ? "Bella Bot" : "BellaBot"};
            default -> new String[] {alias, alias};
        };
    }

    private static void addFillers(List<String> tokens, Random random, int count) {
        for (int i = 0; i < count; i++) {
            tokens.add(FILLERS.get(random.nextInt(FILLERS.size())));
        }
    }

    /**
     * A year, a labelled number (any label, also glued by a dash, underscore or slash), a labelled range or list, a
     * date, a time, a price, a percentage or a duration, with numbers of 10 and more.
     */
    private static String notACount(Random random) {
        int number = 10 + random.nextInt(9990);
        return switch (random.nextInt(8)) {
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
                                "Ref.",
                                "Order",
                                "Offer",
                                "Quote",
                                "PO",
                                "Item",
                                "Angebot",
                                "Bestellung",
                                "Auftragsnummer",
                                "Angebotsnummer",
                                "Projektnummer",
                                "Auftragsnr.",
                                "Bestellnummer",
                                "Vertragsnr.",
                                "Kundennr.",
                                "Order No.",
                                "#")
                        + pick(random, " ", ": ", " ", "-", "_", "/", "\u2013", "\u2010")
                        + number;
            case 7 ->
                pick(random, "KW", "Woche", "CW", "Projekt", "Los", "Pos.")
                        + " "
                        + number
                        + pick(random, " bis ", " und ", " + ", " to ", " & ", "-", "/", " -", ", 3 und ")
                        + (number + 1 + random.nextInt(9));
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

    /** One product with its count written before or after it, one of the ways the rules read. */
    private static String written(String code, int quantity, boolean after, Random random) {
        String alias = switch (code) {
            case "BELLABOT" -> pick(random, "BellaBot", "Bella Bot");
            case "KETTYBOT" -> "KettyBot";
            case "OMNIE" -> pick(random, "Omnie", "CD-01", "Omnie CD-01", "Omnie (CD-01)");
            default -> "Keenon T8";
        };
        if (after) {
            return alias + " "
                    + pick(
                            random,
                            quantity + "x",
                            "x" + quantity,
                            "× " + quantity,
                            quantity + " Stk.",
                            "(" + quantity + "x)",
                            "(" + quantity + " Stk.)",
                            "– " + quantity + " Stück",
                            "Menge: " + quantity);
        }
        return pick(random, quantity + "x", quantity + " x", quantity + " Stk.", quantity + " pcs", "Qty: " + quantity)
                + " " + alias;
    }

    /** A labelled number followed by a list word and a number: {@code KW 12} {@code und} {@code 5 BellaBot}. */
    private static boolean startsLabelledList(List<String> tokens, int at) {
        return at + 2 < tokens.size()
                && !Character.isDigit(tokens.get(at).charAt(0))
                && List.of("und", "+").contains(tokens.get(at + 1))
                && Character.isDigit(tokens.get(at + 2).charAt(0));
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
