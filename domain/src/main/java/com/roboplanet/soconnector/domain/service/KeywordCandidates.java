package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.EditDistance;
import com.roboplanet.soconnector.domain.matching.HeadingWords;
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
 * it): no proposal ever gives a second product an alias the catalogue already has.
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
    /** Open-ended aliases: a keyword whose skeleton starts with one of these is covered already. */
    private final List<AliasSkeleton> openEnded = new ArrayList<>();

    private final List<CrmName> crmNames = new ArrayList<>();
    private final CoveredTally covered;

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
            }
        }
        CatalogueNames names = CatalogueNames.of(catalog);
        Set<String> seen = new HashSet<>();
        for (CrmProduct product : crmProducts) {
            addCrmName(product.name(), product.code().isEmpty() ? null : product.code(), seen, names);
        }
        for (ProductFamily family : crmFamilies) {
            addCrmName(family.name(), null, seen, names);
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
        phrases.forEach(phrase -> offer(tally, Kind.PHRASE, TextNormalizer.skeleton(phrase), phrase, null, heading));
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
                offer(tally, Kind.PRODUCT_CODE, skeleton, token, null, heading);
            }
        }
    }

    /**
     * Tallies a candidate unless an existing alias covers it: then it goes to the covered tally, because
     * proposing it would give one alias to two products ({@code bella bot} beside {@code BellaBot}).
     */
    private void offer(
            ProposalTally tally, Kind kind, String skeleton, String text, String productCode, String heading) {
        if (skeleton.isEmpty()) {
            return;
        }
        AliasSkeleton cover = coverOf(skeleton);
        if (cover != null) {
            covered.add(skeleton, text, cover.written(), cover.productCode(), heading);
        } else {
            tally.add(kind, skeleton, text, productCode, heading);
        }
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
            if (skeleton.length() < MIN_ALIAS_LENGTH || !hasLetter(word) || aliasSkeletons.containsKey(skeleton)) {
                continue;
            }
            for (AliasSkeleton alias : aliases) {
                int distance = EditDistance.within(skeleton, alias.skeleton(), 2);
                if (distance >= 1 && distance <= 2 && seen.add(alias.productCode() + " " + skeleton)) {
                    offer(tally, Kind.NEAR_MISS, skeleton, word, alias.productCode(), heading);
                }
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
