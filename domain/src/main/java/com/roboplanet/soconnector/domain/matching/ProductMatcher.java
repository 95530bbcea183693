package com.roboplanet.soconnector.domain.matching;

import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Recognises catalogue products and their quantities in free-text sale headings.
 *
 * <p>Headings and aliases are compared as skeletons (folded, separators removed; see {@link
 * TextNormalizer}) by an Aho-Corasick automaton built once per catalogue, so the cost per heading is
 * linear in its length and does not depend on the catalogue's size. Token boundaries, overlaps and
 * quantities are then decided on the folded heading (full-width forms, invisible characters, spaces and
 * dashes already made plain), and every offset and text reported points into the heading as written.
 * Immutable and safe to share between threads.
 */
public final class ProductMatcher {
    /**
     * One scratch scan per thread: matching runs a million times per report, and reusing the arrays
     * keeps the garbage per heading down to the result itself.
     */
    private static final ThreadLocal<HeadingScan> SCRATCH = ThreadLocal.withInitial(HeadingScan::new);

    private final List<Alias> aliases;
    private final AliasAutomaton automaton;

    private ProductMatcher(List<Alias> aliases) {
        this.aliases = aliases;
        this.automaton =
                new AliasAutomaton(aliases.stream().map(Alias::skeleton).toList());
    }

    /**
     * @throws IllegalArgumentException naming the product(s), one problem per line, when aliases normalise to
     *     nothing, have a {@code *} anywhere but at their end, or belong to two products (see {@link AliasCheck})
     */
    public static ProductMatcher of(ProductCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new ProductMatcher(AliasTable.of(catalog.products()));
    }

    /** The products in the heading, one mention per product in order of first appearance. */
    public HeadingMatch match(String heading) {
        Objects.requireNonNull(heading, "heading");
        HeadingScan scan = SCRATCH.get().evaluate(heading, automaton, aliases);
        if (!scan.anyMention()) {
            return HeadingMatch.NONE;
        }
        Mention[] mentions = new Mention[4];
        int count = 0;
        List<HeadingMatch.Ignored> ignored = List.of();
        List<Mention> parts = List.of();
        for (int i = 0; i < scan.hits.size(); i++) {
            Verdict verdict = scan.verdicts[i];
            boolean part = verdict == Verdict.ACCESSORY && scan.related[i] < 0;
            if (verdict != Verdict.ACCEPTED && !part) {
                continue;
            }
            QuantityReader.Found found = scan.quantities[i];
            boolean counted = found.counts() && found.value() > 0;
            if (!part && ((found.counts() && !counted) || found.kind() == QuantityReader.Kind.UNREADABLE)) {
                // rare: the list and the text are made only here, so that a usual heading allocates neither
                ignored = new ArrayList<>(ignored);
                ignored.add(new HeadingMatch.Ignored(
                        scan.alias(i).product(),
                        Mention.capped(
                                heading.substring(scan.originalStart(found.start()), scan.originalEnd(found.end()))
                                        .strip()),
                        found.counts() ? HeadingMatch.Ignored.OUT_OF_RANGE : found.why()));
            }
            Mention mention = new Mention(
                    scan.alias(i).product(),
                    counted ? found.value() : 1,
                    counted ? sourceOf(found) : QuantitySource.DEFAULT,
                    Mention.capped(heading.substring(
                            scan.originalStart(scan.start(i)), scan.originalEnd(scan.end(scan.lastOfMention[i])))));
            if (part) {
                parts = new ArrayList<>(parts);
                parts.add(mention);
                continue;
            }
            count = addUp(mentions, count, mention);
            if (count == mentions.length) {
                mentions = Arrays.copyOf(mentions, count * 2);
            }
        }
        List<Mention> counted =
                count == 0 ? List.of() : count == 1 ? List.of(mentions[0]) : List.of(Arrays.copyOf(mentions, count));
        return new HeadingMatch(counted, ignored, parts);
    }

    /** Adds the mention to the one of the same product if there is one; returns the new count. */
    private static int addUp(Mention[] mentions, int count, Mention mention) {
        for (int k = 0; k < count; k++) {
            if (mentions[k].product() == mention.product()) {
                mentions[k] = mentions[k].plus(mention);
                return count;
            }
        }
        mentions[count] = mention;
        return count + 1;
    }

    /** Every alias occurrence in the heading and what became of it, with the result {@link #match} gives. */
    public MatchExplanation explain(String heading) {
        Objects.requireNonNull(heading, "heading");
        HeadingScan scan = new HeadingScan().evaluate(heading, automaton, aliases);
        List<Candidate> candidates = new ArrayList<>(scan.hits.size());
        for (int i = 0; i < scan.hits.size(); i++) {
            candidates.add(candidate(scan, i));
        }
        String skeleton = new String(scan.skeleton.chars(), 0, scan.skeleton.length());
        return new MatchExplanation(heading, skeleton, candidates, match(heading));
    }

    /**
     * Whether the heading counts nothing although an alias is in it, refused only by the boundary rule
     * ({@code Omnies}, {@code XOmnie}). As cheap as {@link #match}.
     */
    public boolean failsOnlyOnBoundary(String heading) {
        Objects.requireNonNull(heading, "heading");
        HeadingScan scan = SCRATCH.get().evaluate(heading, automaton, aliases);
        return !scan.anyMention() && scan.anyBoundaryRejected();
    }

    private static Candidate candidate(HeadingScan scan, int i) {
        Alias alias = scan.alias(i);
        int start = scan.originalStart(scan.start(i));
        int end = scan.originalEnd(scan.end(i));
        Verdict verdict = scan.verdicts[i];
        boolean read = verdict == Verdict.ACCEPTED
                || (verdict == Verdict.ACCESSORY && scan.related[i] < 0)
                || verdict == Verdict.NEGATED;
        String cause = scan.causeStart[i] >= 0
                ? scan.heading.substring(scan.originalStart(scan.causeStart[i]), scan.originalEnd(scan.causeEnd[i]))
                : "";
        return new Candidate(
                alias.product(),
                alias.written(),
                start,
                end,
                scan.heading.substring(start, end),
                verdict,
                scan.offending[i],
                scan.related[i],
                cause,
                read ? reading(scan, scan.quantities[i]) : QuantityReading.DEFAULT,
                verdict.boundaryRejected()
                        ? catalogueFixes(scan.folded, scan.start(i), scan.end(i), alias, verdict)
                        : List.of());
    }

    private static QuantitySource sourceOf(QuantityReader.Found found) {
        return found.kind() == QuantityReader.Kind.BARE_NUMBER ? QuantitySource.BARE_NUMBER : QuantitySource.MARKER;
    }

    private static QuantityReading reading(HeadingScan scan, QuantityReader.Found found) {
        if (found.isNothing()) {
            return QuantityReading.DEFAULT;
        }
        String text = scan.heading
                .substring(scan.originalStart(found.start()), scan.originalEnd(found.end()))
                .strip();
        if (found.kind() == QuantityReader.Kind.NOT_A_COUNT || found.kind() == QuantityReader.Kind.UNREADABLE) {
            return new QuantityReading(1, "", false, QuantitySource.DEFAULT, text, found.why());
        }
        return found.value() < 0
                ? new QuantityReading(1, text, true, QuantitySource.DEFAULT, "", "")
                : new QuantityReading(found.value(), text, false, sourceOf(found), "", "");
    }

    /** The whole word the alias sat in would match; so would the alias with an open end when letters follow. */
    private static List<String> catalogueFixes(CharSequence heading, int start, int end, Alias alias, Verdict verdict) {
        int wordStart = start;
        while (wordStart > 0 && Character.isLetterOrDigit(heading.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordEnd = end;
        while (wordEnd < heading.length() && Character.isLetterOrDigit(heading.charAt(wordEnd))) {
            wordEnd++;
        }
        if (verdict == Verdict.BOUNDARY_AFTER && wordStart == start && isCount(heading, end, wordEnd)) {
            // CC12x: an alias CC12x would find the product without its count; CC12 x2 or CC1 2x would read both.
            return List.of();
        }
        List<String> fixes = new ArrayList<>(2);
        fixes.add(heading.subSequence(wordStart, wordEnd).toString());
        boolean lettersFollow =
                verdict == Verdict.BOUNDARY_AFTER && wordStart == start && allLetters(heading, end, wordEnd);
        if (lettersFollow && !alias.openEnded()) {
            fixes.add(alias.text() + "*");
        }
        return fixes;
    }

    /** {@code 2x}, {@code 3Stk}: digits, then a count marker or unit, nothing else. */
    private static boolean isCount(CharSequence text, int from, int to) {
        int digitsEnd = from;
        while (digitsEnd < to && BoundaryRule.isAsciiDigit(text.charAt(digitsEnd))) {
            digitsEnd++;
        }
        if (digitsEnd == from || digitsEnd == to) {
            return false;
        }
        char marker = text.charAt(digitsEnd);
        return (digitsEnd + 1 == to && (marker == 'x' || marker == 'X'))
                || QuantityWords.isOneOf(text, digitsEnd, to, QuantityWords.COUNT_UNITS);
    }

    private static boolean allLetters(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
