package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.EditDistance;
import com.roboplanet.soconnector.domain.matching.HeadingWords;
import com.roboplanet.soconnector.domain.matching.TextNormalizer;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.in.KeywordProposal.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the candidate keywords of one unmatched heading and adds each once to the tally. */
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
    private final Set<String> aliasSkeletons = new HashSet<>();
    private final List<CrmName> crmNames = new ArrayList<>();

    KeywordCandidates(ProductCatalog catalog, List<String> crmNames) {
        for (Product product : catalog.products()) {
            for (String alias : product.aliases()) {
                String skeleton =
                        TextNormalizer.skeleton(alias.endsWith("*") ? alias.substring(0, alias.length() - 1) : alias);
                aliasSkeletons.add(skeleton);
                if (skeleton.length() >= MIN_ALIAS_LENGTH) {
                    aliases.add(new AliasSkeleton(product.code(), skeleton));
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (String name : crmNames) {
            String spaced = spaced(name);
            String skeleton = TextNormalizer.skeleton(name);
            if (!skeleton.isEmpty() && !aliasSkeletons.contains(skeleton) && seen.add(spaced)) {
                this.crmNames.add(new CrmName(name.strip(), spaced, skeleton));
            }
        }
    }

    void addTo(ProposalTally tally, String heading) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> phrases = new LinkedHashSet<>();
        for (String segment : segmentsBetweenCodes(heading)) {
            List<String> significant = HeadingWords.significantWords(segment);
            words.addAll(significant);
            for (int i = 1; i < significant.size(); i++) {
                phrases.add(significant.get(i - 1) + " " + significant.get(i));
            }
        }
        words.forEach(word -> tally.add(Kind.WORD, word, word, null, heading));
        phrases.forEach(phrase -> tally.add(Kind.PHRASE, phrase, phrase, null, heading));
        addCodes(tally, heading);
        addNearMisses(tally, heading);
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

    private static void addCodes(ProposalTally tally, String heading) {
        Set<String> seen = new HashSet<>();
        Matcher m = CODE.matcher(heading);
        while (m.find()) {
            String token = m.group(1);
            if (hasLetterAndDigit(token) && seen.add(TextNormalizer.skeleton(token))) {
                tally.add(Kind.PRODUCT_CODE, TextNormalizer.skeleton(token), token, null, heading);
            }
        }
    }

    private void addNearMisses(ProposalTally tally, String heading) {
        Set<String> seen = new HashSet<>();
        Matcher m = WORD.matcher(heading);
        while (m.find()) {
            String word = m.group();
            String skeleton = TextNormalizer.skeleton(word);
            if (skeleton.length() < MIN_ALIAS_LENGTH || !hasLetter(word) || aliasSkeletons.contains(skeleton)) {
                continue;
            }
            for (AliasSkeleton alias : aliases) {
                int distance = EditDistance.within(skeleton, alias.skeleton(), 2);
                if (distance >= 1 && distance <= 2 && seen.add(alias.productCode() + " " + skeleton)) {
                    tally.add(Kind.NEAR_MISS, skeleton, word, alias.productCode(), heading);
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
            if (spacedHeading.contains(name.spaced())) {
                tally.add(Kind.CRM_NAME, name.skeleton(), name.written(), null, heading);
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

    private record AliasSkeleton(String productCode, String skeleton) {}

    private record CrmName(String written, String spaced, String skeleton) {}
}
