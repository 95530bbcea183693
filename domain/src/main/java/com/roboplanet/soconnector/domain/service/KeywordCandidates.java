package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.EditDistance;
import com.roboplanet.soconnector.domain.matching.HeadingWords;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.matching.TextNormalizer;
import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.port.in.KeywordProposal.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the candidate keywords of one unmatched heading and adds each once to the tally, or to the covered
 * tally when an existing alias already covers it (the same skeleton, or an open-ended alias running on into
 * it): no proposal ever gives a second product an alias the catalogue already has. A code the CRM gives a catalogue
 * product is proposed as that product's alias; words that name several products, and sales vocabulary, are not
 * proposed.
 */
final class KeywordCandidates {
    /**
     * Letters and digits joined by dashes, with at least one letter and one digit ({@code RR-02-017-OMNIE},
     * {@code PD-BB-PRO-01}), without a quantity glued to its front ({@code 2xPD-KB-01}). Glued forms such as
     * {@code T8} or {@code CC1} are left to the word kind: without a dash they are as often sizes, versions
     * or quantities ({@code V2}, {@code 2x}) as product codes.
     */
    private static final Pattern CODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(?:\\d+[xX×])?([\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+)(?![\\p{L}\\p{N}-])");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Shorter aliases and words are near misses of too many ordinary words. */
    private static final int MIN_ALIAS_LENGTH = 4;

    private final List<AliasSkeleton> aliases = new ArrayList<>();
    /** Every alias by skeleton: a keyword with one of these skeletons is covered already. */
    private final Map<String, AliasSkeleton> aliasSkeletons = new HashMap<>();
    /** Aliases of two or more words by their words in a fixed order (see {@link #wordSet}). */
    private final Map<String, AliasSkeleton> reordered = new HashMap<>();
    /**
     * The words of aliases of two or more words ({@code keenon} of {@code Keenon T8}): part of a name, not a
     * misspelling of it.
     */
    private final Set<String> aliasWords = new HashSet<>();
    /** Open-ended aliases: a keyword whose skeleton starts with one of these is covered already. */
    private final List<AliasSkeleton> openEnded = new ArrayList<>();

    private final List<CrmName> crmNames = new ArrayList<>();
    /** The catalogue product each CRM product code belongs to, by the code's skeleton, where the CRM's name says. */
    private final Map<String, AliasSkeleton> crmCodes = new HashMap<>();
    /**
     * Skeletons of the words that the names of two or more products share, the catalogue's and the CRM's ({@code
     * keenon} of Keenon T5, T8 and W3, {@code pudu}, {@code reinigungsroboter}): a maker or a kind, never one product's
     * alias, and as a product of its own it would count every robot of that maker a second time.
     */
    private final Set<String> sharedWords = new HashSet<>();

    private final CoveredTally covered;

    /**
     * Sales vocabulary of German and English headings: what a sale is ({@code Angebot}, {@code Anfrage}, {@code
     * Lieferung}, {@code Vertrag}), where it came from ({@code Messe}, {@code Kontakt}, {@code Demo}) and words of
     * services a catalogue names with its own aliases ({@code Service}, {@code Wartung}, {@code Miete}). Never a
     * product: a word of these is not proposed, and a phrase holding one is not either ({@code angebot
     * seniorenresidenz}, {@code anfrage messe}, {@code follow up}).
     */
    static final Set<String> SALES_WORDS = Set.of(
            // German
            "angebot",
            "angebote",
            "anfrage",
            "anfragen",
            "auftrag",
            "bestellung",
            "lieferung",
            "rechnung",
            "vertrag",
            "vertraege",
            "wartung",
            "wartungsvertrag",
            "service",
            "miete",
            "mietvertrag",
            "leasing",
            "messe",
            "messeangebot",
            "kontakt",
            "demo",
            "vorfuehrung",
            "termin",
            "projekt",
            "kunde",
            "kunden",
            "nachlass",
            "rabatt",
            "preis",
            "preise",
            "sonderpreis",
            "erweiterung",
            "verlaengerung",
            "nachfrage",
            "rueckruf",
            "besuch",
            "beratung",
            "test",
            "testphase",
            "pilot",
            "option",
            "optionen",
            "paket",
            "vor",
            "ort",
            // English
            "offer",
            "quote",
            "quotation",
            "inquiry",
            "enquiry",
            "request",
            "order",
            "delivery",
            "invoice",
            "contract",
            "maintenance",
            "rental",
            "rent",
            "lease",
            "fair",
            "contact",
            "demonstration",
            "meeting",
            "project",
            "customer",
            "discount",
            "price",
            "pricing",
            "extension",
            "renewal",
            "visit",
            "trial",
            "follow",
            "up",
            "followup",
            "lead",
            "deal",
            "package",
            "site");

    /**
     * @param covered where keywords that an existing alias covers are counted instead of proposed
     */
    KeywordCandidates(
            ProductCatalog catalog,
            List<CrmProduct> crmProducts,
            List<ProductFamily> crmFamilies,
            CoveredTally covered) {
        this.covered = covered;
        for (Product product : catalog.products()) {
            for (String alias : product.aliases()) {
                boolean open = alias.endsWith("*");
                String skeleton = TextNormalizer.skeleton(open ? alias.substring(0, alias.length() - 1) : alias);
                if (skeleton.isEmpty()) {
                    continue;
                }
                AliasSkeleton entry = new AliasSkeleton(product.code(), alias, skeleton);
                aliasSkeletons.putIfAbsent(skeleton, entry);
                if (open) {
                    openEnded.add(entry);
                }
                if (skeleton.length() >= MIN_ALIAS_LENGTH) {
                    aliases.add(entry);
                }
                List<String> words = foldedWords(alias);
                if (!open && words.size() > 1) {
                    reordered.putIfAbsent(wordSet(alias), entry);
                    words.forEach(word -> aliasWords.add(TextNormalizer.skeleton(word)));
                }
            }
        }
        CatalogueNames names = CatalogueNames.of(catalog);
        ProductMatcher matcher = ProductMatcher.of(catalog);
        Set<String> seen = new HashSet<>();
        Map<String, Set<String>> productsByWord = new HashMap<>();
        for (Product product : catalog.products()) {
            addNameWords(product.name(), "catalogue " + product.code(), productsByWord);
        }
        for (CrmProduct product : crmProducts) {
            String code = product.code().isEmpty() ? null : product.code();
            addCrmName(product.name(), code, seen, names);
            addNameWords(product.name(), "crm " + (code == null ? product.name() : code), productsByWord);
            AliasSkeleton owner = code == null ? null : knownAs(code, product.name(), names);
            if (code != null && owner == null) {
                owner = namedByItsName(product.name(), matcher);
            }
            if (owner != null) {
                crmCodes.putIfAbsent(TextNormalizer.skeleton(code), owner);
            }
        }
        productsByWord.forEach((word, products) -> {
            if (products.size() > 1) {
                sharedWords.add(word);
            }
        });
        for (ProductFamily family : crmFamilies) {
            addCrmName(family.name(), null, seen, names);
        }
    }

    private static void addNameWords(String name, String product, Map<String, Set<String>> productsByWord) {
        Matcher m = WORD.matcher(TextNormalizer.plain(name));
        while (m.find()) {
            String skeleton = TextNormalizer.skeleton(m.group());
            if (!skeleton.isEmpty()) {
                productsByWord.computeIfAbsent(skeleton, w -> new HashSet<>()).add(product);
            }
        }
    }

    /**
     * A name becomes an alias as it is, except for the two characters a catalogue line gives a meaning: {@code
     * |} separates aliases and {@code *} opens an alias's end, so inside a name both are read as a space.
     */
    private void addCrmName(String name, String code, Set<String> seen, CatalogueNames names) {
        String alias = name.replace('|', ' ').replace('*', ' ').strip();
        String skeleton = TextNormalizer.skeleton(alias);
        if (!skeleton.isEmpty() && seen.add(skeleton)) {
            crmNames.add(new CrmName(alias, spaced(alias), skeleton, code, knownAs(code, alias, names)));
        }
    }

    /**
     * The catalogue product a CRM product already is, by its whole code or name ({@code RR-02-017-OMNIE} is an alias
     * of OMNIE): proposing it as a new product would split that product into two codes.
     */
    /**
     * The one catalogue product a CRM product's name names as a heading would ({@code Ladestation CC1} is the charger,
     * not the robot, by the accessory rule), so that its code is proposed as that product's alias: the report reads
     * the name the same way, and one product keeps one code. Null when the name names none or several.
     */
    private static AliasSkeleton namedByItsName(String name, ProductMatcher matcher) {
        Set<String> codes = new LinkedHashSet<>();
        matcher.match(name).mentions().forEach(m -> codes.add(m.product().code()));
        return codes.size() == 1 ? new AliasSkeleton(codes.iterator().next(), name, "") : null;
    }

    private static AliasSkeleton knownAs(String code, String name, CatalogueNames names) {
        return (code == null ? java.util.Optional.<CatalogueNames.Named>empty() : names.whole(code))
                .or(() -> names.whole(name))
                .map(named -> new AliasSkeleton(named.product().code(), named.written(), ""))
                .orElse(null);
    }

    /**
     * Codes, words and near misses are read from the heading folded with its case kept (full-width forms plain,
     * invisible characters gone, every dash {@code -}), so that {@code ＲＲ－０２－０１７} is a code and {@code
     * Phan\u200btas} one word; the examples keep the heading as written.
     */
    void addTo(ProposalTally tally, String heading) {
        String plain = TextNormalizer.plain(heading);
        Set<String> words = new LinkedHashSet<>();
        Set<String> phrases = new LinkedHashSet<>();
        for (String segment : segmentsBetweenCodes(plain)) {
            List<String> significant = HeadingWords.significantWords(segment);
            words.addAll(significant);
            for (int i = 1; i < significant.size(); i++) {
                phrases.add(significant.get(i - 1) + " " + significant.get(i));
            }
        }
        words.forEach(word -> offer(tally, Kind.WORD, TextNormalizer.skeleton(word), word, null, heading));
        for (String phrase : phrases) {
            // an alias's words in another order (t8 keenon for Keenon T8) are that product, not a new one
            AliasSkeleton reorderedAlias = reordered.get(wordSet(phrase));
            offer(
                    tally,
                    reorderedAlias == null ? Kind.PHRASE : Kind.NEAR_MISS,
                    TextNormalizer.skeleton(phrase),
                    phrase,
                    reorderedAlias == null ? null : reorderedAlias.productCode(),
                    heading);
        }
        addCodes(tally, plain, heading);
        addNearMisses(tally, plain, heading);
        addCrmNames(tally, heading);
    }

    /**
     * The heading's text around its code-shaped tokens: a code's parts (PD, BB, 01) are no words of their
     * own, and the words either side of a code are no phrase.
     */
    private static List<String> segmentsBetweenCodes(String heading) {
        List<String> segments = new ArrayList<>();
        Matcher m = CODE.matcher(heading);
        int from = 0;
        while (m.find()) {
            if (hasLetterAndDigit(m.group(1))) {
                segments.add(heading.substring(from, m.start()));
                from = m.end();
            }
        }
        segments.add(heading.substring(from));
        return segments;
    }

    private void addCodes(ProposalTally tally, String plain, String heading) {
        Set<String> seen = new HashSet<>();
        Matcher m = CODE.matcher(plain);
        while (m.find()) {
            String token = m.group(1);
            String skeleton = TextNormalizer.skeleton(token);
            if (hasLetterAndDigit(token) && seen.add(skeleton)) {
                AliasSkeleton owner = crmCodes.get(skeleton);
                if (owner != null) {
                    offer(tally, Kind.CRM_CODE, skeleton, token, owner.productCode(), heading);
                } else {
                    offer(tally, Kind.PRODUCT_CODE, skeleton, token, null, heading);
                }
            }
        }
    }

    /**
     * Tallies a candidate unless an existing alias covers it: then it goes to the covered tally, because
     * proposing it would give one alias to two products ({@code bella bot} beside {@code BellaBot}).
     */
    private void offer(
            ProposalTally tally, Kind kind, String skeleton, String text, String productCode, String heading) {
        if (skeleton.isEmpty() || isGeneric(kind, text)) {
            return;
        }
        AliasSkeleton cover = coverOf(skeleton);
        if (cover != null) {
            covered.add(skeleton, text, cover.written(), cover.productCode(), heading);
        } else {
            tally.add(kind, skeleton, text, productCode, heading);
        }
    }

    /**
     * A word or near miss that several products' names share, or a word or phrase of sales vocabulary (see {@link
     * #SALES_WORDS}): neither names one product. Codes and the CRM's own names are evidence enough of their own.
     */
    private boolean isGeneric(Kind kind, String text) {
        if (kind != Kind.WORD && kind != Kind.PHRASE && kind != Kind.NEAR_MISS) {
            return false;
        }
        List<String> words = foldedWords(text);
        return words.stream().anyMatch(SALES_WORDS::contains)
                || (words.size() == 1 && sharedWords.contains(TextNormalizer.skeleton(words.get(0))));
    }

    private static List<String> foldedWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(TextNormalizer.fold(text));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The words in a fixed order: {@code t8 keenon} and {@code Keenon T8} have the same key. */
    private static String wordSet(String text) {
        return String.join(" ", foldedWords(text).stream().sorted().toList());
    }

    private AliasSkeleton coverOf(String skeleton) {
        AliasSkeleton exact = aliasSkeletons.get(skeleton);
        if (exact != null) {
            return exact;
        }
        for (AliasSkeleton open : openEnded) {
            if (skeleton.startsWith(open.skeleton())) {
                return open;
            }
        }
        return null;
    }

    private void addNearMisses(ProposalTally tally, String plain, String heading) {
        Set<String> seen = new HashSet<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            // the matcher reads a glued count itself: Omni2x proposes Omni, whose headings then count 2
            String word = HeadingWords.withoutGluedCount(m.group());
            String skeleton = TextNormalizer.skeleton(word);
            if (skeleton.length() < MIN_ALIAS_LENGTH
                    || !hasLetter(word)
                    || aliasSkeletons.containsKey(skeleton)
                    || aliasWords.contains(skeleton)) {
                continue;
            }
            // a near miss is the product whose alias is nearest; of several as near (Keenon of Keenon T5, T8 and
            // W3) it is none of them
            Map<String, Integer> distances = new HashMap<>();
            for (AliasSkeleton alias : aliases) {
                int distance = EditDistance.within(skeleton, alias.skeleton(), 2);
                if (distance >= 1 && distance <= 2) {
                    distances.merge(alias.productCode(), distance, Math::min);
                }
            }
            int nearest = distances.values().stream().mapToInt(d -> d).min().orElse(0);
            List<String> nearestProducts = distances.entrySet().stream()
                    .filter(e -> e.getValue() == nearest)
                    .map(Map.Entry::getKey)
                    .toList();
            String product = nearestProducts.size() == 1 ? nearestProducts.get(0) : null;
            if (product != null && seen.add(product + " " + skeleton)) {
                offer(tally, Kind.NEAR_MISS, skeleton, word, product, heading);
            }
        }
    }

    private void addCrmNames(ProposalTally tally, String heading) {
        if (crmNames.isEmpty()) {
            return;
        }
        String spacedHeading = spaced(heading);
        for (CrmName name : crmNames) {
            if (!spacedHeading.contains(name.spaced())) {
                continue;
            }
            if (name.knownAs() != null) {
                covered.add(
                        name.skeleton(),
                        name.written(),
                        name.knownAs().written(),
                        name.knownAs().productCode(),
                        heading);
            } else {
                offer(tally, Kind.CRM_NAME, name.skeleton(), name.written(), name.code(), heading);
            }
        }
    }

    /**
     * Folded, every run of non-word characters one space, padded with spaces: {@code contains} on two such
     * strings finds whole words only, whatever separators the heading used.
     */
    private static String spaced(String text) {
        return " "
                + TextNormalizer.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    private static boolean hasLetterAndDigit(String token) {
        return hasLetter(token) && token.chars().anyMatch(Character::isDigit);
    }

    private static boolean hasLetter(String token) {
        return token.chars().anyMatch(Character::isLetter);
    }

    /** @param written the alias as the catalogue writes it, with its trailing {@code *} if any */
    private record AliasSkeleton(String productCode, String written, String skeleton) {}

    /**
     * @param code the CRM product's code; null for a family or a product without one
     * @param knownAs the catalogue product it already is by its whole code or name, with that code, alias or name;
     *     null when none
     */
    private record CrmName(String written, String spaced, String skeleton, String code, AliasSkeleton knownAs) {}
}
