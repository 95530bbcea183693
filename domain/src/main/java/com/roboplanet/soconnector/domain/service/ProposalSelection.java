package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.Mention;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.matching.TextNormalizer;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.in.KeywordProposal;
import com.roboplanet.soconnector.domain.port.in.KeywordProposal.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the proposals to show, best first, so that accepting every one of them never makes a heading count one
 * product twice or split one product into two codes. A candidate is left out when
 *
 * <ul>
 *   <li>its words contain a better proposal's, or are contained in them ({@code omni angebot} beside the near miss
 *       {@code Omni}, {@code kettybot} beside the CRM name {@code Pudu KettyBot}): accepted together, the longer would
 *       take the shorter's headings, or the two would name one product under two codes; two phrases or words of the
 *       headings sharing a word ({@code cc1 cleaning}, {@code cleaning robot}) are alternatives for the same text;
 *   <li>accepted with the proposals picked so far, it would make an unmatched heading name two new products ({@code
 *       pudu cc1} and {@code cleaning robot} in {@code 3 pcs Pudu CC1 cleaning robot}: one robot counted as two), or
 *       take a heading from the product a better proposal gave it.
 * </ul>
 *
 * Checked on the unmatched headings the run kept (see {@link SuggestKeywordsService}). A candidate left out is
 * proposed again once the heading it collided in is matched: accept the proposals, run again.
 */
final class ProposalSelection {
    private ProposalSelection() {}

    /**
     * @param ranked every candidate, best first, no two with the same skeleton
     * @param headings unmatched headings, each once
     * @param n the most proposals to pick
     */
    static List<KeywordProposal> select(List<KeywordProposal> ranked, Collection<String> headings, int n) {
        List<String> skeletons = headings.stream().map(TextNormalizer::skeleton).toList();
        List<String> texts = List.copyOf(headings);
        List<KeywordProposal> picked = new ArrayList<>();
        List<List<String>> pickedWords = new ArrayList<>();
        for (KeywordProposal candidate : byMerit(ranked)) {
            if (picked.size() == n) {
                break;
            }
            List<String> words = words(candidate.text());
            if (overlapsInWords(candidate, words, picked, pickedWords)
                    || collidesInHeadings(candidate, picked, texts, skeletons)) {
                continue;
            }
            picked.add(candidate);
            pickedWords.add(words);
        }
        Map<KeywordProposal, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            rank.put(ranked.get(i), i);
        }
        picked.sort(Comparator.comparing(rank::get));
        return List.copyOf(picked);
    }

    /**
     * The order in which candidates are tried: near misses, CRM names and codes first, each kind by count; then
     * phrases and words together by count, a phrase before a word as frequent ({@code lieferung} in 2,000 headings
     * before {@code lieferung unikat7} in one, which would otherwise shut it out).
     */
    private static List<KeywordProposal> byMerit(List<KeywordProposal> ranked) {
        List<KeywordProposal> order = new ArrayList<>(ranked);
        order.sort(Comparator.comparing((KeywordProposal p) -> free(p.kind()) ? Kind.PHRASE : p.kind())
                .thenComparing(KeywordProposal::headingCount, Comparator.reverseOrder())
                .thenComparing(KeywordProposal::kind)
                .thenComparing(KeywordProposal::text));
        return order;
    }

    /** Phrases and words: the heading's own text, no other evidence. */
    private static boolean free(Kind kind) {
        return kind == Kind.PHRASE || kind == Kind.WORD;
    }

    /**
     * One contains the other's words ({@code omni angebot} and {@code Omni}), or, for two of the heading's own
     * phrases and words, they share one ({@code cc1 cleaning} and {@code cleaning robot}: alternatives for one text).
     */
    private static boolean overlapsInWords(
            KeywordProposal candidate,
            List<String> words,
            List<KeywordProposal> picked,
            List<List<String>> pickedWords) {
        for (int i = 0; i < picked.size(); i++) {
            List<String> other = pickedWords.get(i);
            if (containsRun(words, other) || containsRun(other, words)) {
                return true;
            }
            if (free(candidate.kind()) && free(picked.get(i).kind()) && !java.util.Collections.disjoint(words, other)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsRun(List<String> words, List<String> run) {
        return !run.isEmpty() && java.util.Collections.indexOfSubList(words, run) >= 0;
    }

    /**
     * Whether some unmatched heading containing the candidate would, with it accepted, name two new products or lose
     * the product a picked proposal gave it.
     */
    private static boolean collidesInHeadings(
            KeywordProposal candidate, List<KeywordProposal> picked, List<String> texts, List<String> skeletons) {
        String skeleton = TextNormalizer.skeleton(candidate.text());
        List<String> affected = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (skeletons.get(i).contains(skeleton)) {
                affected.add(texts.get(i));
            }
        }
        if (affected.isEmpty() || picked.isEmpty()) {
            return false;
        }
        ProductMatcher before;
        ProductMatcher after;
        List<KeywordProposal> with = new ArrayList<>(picked);
        with.add(candidate);
        try {
            before = ProductMatcher.of(accepted(picked));
            after = ProductMatcher.of(accepted(with));
        } catch (IllegalArgumentException clash) {
            return true;
        }
        for (String heading : affected) {
            Set<String> had = codes(before.match(heading).mentions());
            Set<String> has = codes(after.match(heading).mentions());
            if (!has.containsAll(had) || newProducts(has) > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The proposals as a catalogue: a near miss or CRM code as an alias of its product (code as is), anything else as a new
     * product ({@code +} and its position, or its CRM code, marked {@code +} too).
     */
    private static ProductCatalog accepted(List<KeywordProposal> proposals) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (int i = 0; i < proposals.size(); i++) {
            KeywordProposal proposal = proposals.get(i);
            String code = proposal.existingProductCode().isPresent()
                    ? proposal.productCode()
                    : "+" + (proposal.productCode() != null ? proposal.productCode() : Integer.toString(i));
            aliases.computeIfAbsent(code, k -> new ArrayList<>()).add(proposal.text());
        }
        List<Product> products = new ArrayList<>();
        aliases.forEach((code, list) -> products.add(new Product(code, code, list)));
        return ProductCatalog.of(products);
    }

    private static Set<String> codes(List<Mention> mentions) {
        Set<String> codes = new HashSet<>();
        mentions.forEach(m -> codes.add(m.product().code()));
        return codes;
    }

    private static long newProducts(Set<String> codes) {
        return codes.stream().filter(code -> code.startsWith("+")).count();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : TextNormalizer.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
