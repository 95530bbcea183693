package com.roboplanet.soconnector.domain.matching;

import java.util.Arrays;
import java.util.List;

/**
 * The matcher's work on one heading, kept as arrays indexed by hit (in leftmost-longest order) so
 * that {@link ProductMatcher#explain} can show every decision. Reusable: {@link #evaluate} overwrites
 * the previous heading's work, so that one instance per thread lets {@link ProductMatcher#match} run
 * without allocating for the folded text, the skeleton, the hits or the verdicts.
 *
 * <p>Positions are in the folded text (see {@link Skeleton}) unless a method says otherwise; {@link
 * #originalStart} and {@link #originalEnd} map them back to the heading as written.
 */
final class HeadingScan {
    final Skeleton skeleton = Skeleton.reusable();
    final Hits hits = new Hits();
    String heading = "";
    /** The heading folded; the boundary rule and the quantity reader read it. */
    final CharSequence folded = skeleton.folded();

    Verdict[] verdicts = new Verdict[8];
    /** Boundary verdicts: the offending code point; otherwise -1. */
    int[] offending = new int[8];
    /** OVERLAPPED: the hit that holds the characters; MERGED: the hit that starts the mention; otherwise -1. */
    int[] related = new int[8];
    /** ACCEPTED: the last hit of the mention it starts; otherwise -1. */
    int[] lastOfMention = new int[8];
    /** ACCEPTED: the quantity read for the mention it starts; otherwise null. */
    QuantityReader.Found[] quantities = new QuantityReader.Found[8];
    /** Per hit: its end in the folded text. */
    private int[] ends = new int[8];

    private List<Alias> aliases = List.of();

    /** Runs the whole matcher on {@code text}; the results stay readable until the next call. */
    HeadingScan evaluate(String text, AliasAutomaton automaton, List<Alias> aliasTable) {
        heading = text;
        aliases = aliasTable;
        skeleton.fill(text);
        hits.clear();
        automaton.scan(skeleton, hits);
        if (hits.size() == 0) {
            return this;
        }
        hits.sortLeftmostLongest();
        ensureCapacity(hits.size());
        findEnds();
        judgeBoundaries();
        resolveOverlaps();
        mergeAdjacent();
        readQuantities();
        return this;
    }

    Alias alias(int hit) {
        return aliases.get(hits.alias(hit));
    }

    /** Start of the hit in the folded text. */
    int start(int hit) {
        return skeleton.foldedIndex(hits.start(hit));
    }

    /** End (exclusive) of the hit in the folded text (see {@link #findEnds}). */
    int end(int hit) {
        return ends[hit];
    }

    /** A folded start position in the heading as written. */
    int originalStart(int foldedStart) {
        return skeleton.originalStart(foldedStart);
    }

    /** A folded end position (exclusive) in the heading as written. */
    int originalEnd(int foldedEnd) {
        return skeleton.originalEnd(foldedEnd);
    }

    boolean anyCounted() {
        for (int i = 0; i < hits.size(); i++) {
            if (verdicts[i].counted()) {
                return true;
            }
        }
        return false;
    }

    boolean anyBoundaryRejected() {
        for (int i = 0; i < hits.size(); i++) {
            if (verdicts[i].boundaryRejected()) {
                return true;
            }
        }
        return false;
    }

    private void ensureCapacity(int size) {
        if (verdicts.length < size) {
            int capacity = Math.max(size, verdicts.length * 2);
            verdicts = new Verdict[capacity];
            offending = new int[capacity];
            related = new int[capacity];
            lastOfMention = new int[capacity];
            quantities = new QuantityReader.Found[capacity];
            ends = new int[capacity];
        }
        Arrays.fill(verdicts, 0, size, null);
        Arrays.fill(quantities, 0, size, null);
    }

    /**
     * An open-ended alias takes the rest of the word it starts ({@code Wartung*} in {@code Wartungsvertrag x2}
     * ends after {@code vertrag}), so that the matched text is the whole word and a quantity after it is found.
     */
    private void findEnds() {
        int foldedLength = skeleton.foldedLength();
        for (int i = 0; i < hits.size(); i++) {
            int end = skeleton.foldedIndex(hits.end(i) - 1) + 1;
            if (alias(i).openEnded()) {
                while (end < foldedLength && Character.isLetter(folded.charAt(end))) {
                    end++;
                }
            }
            ends[i] = end;
        }
    }

    private void judgeBoundaries() {
        for (int i = 0; i < hits.size(); i++) {
            offending[i] = -1;
            related[i] = -1;
            lastOfMention[i] = -1;
            int before = skeleton.splitsCharacter(hits.start(i))
                    ? Character.codePointAt(folded, start(i))
                    : BoundaryRule.before(folded, start(i));
            if (before != BoundaryRule.OK) {
                verdicts[i] = Verdict.BOUNDARY_BEFORE;
                offending[i] = before;
                continue;
            }
            int after = skeleton.splitsCharacter(hits.end(i))
                    ? Character.codePointAt(folded, skeleton.foldedIndex(hits.end(i)))
                    : BoundaryRule.after(folded, end(i), alias(i).openEnded());
            if (after != BoundaryRule.OK) {
                verdicts[i] = Verdict.BOUNDARY_AFTER;
                offending[i] = after;
            }
        }
    }

    /** Hits are sorted leftmost first, longest first, so the first free one wins. */
    private void resolveOverlaps() {
        int taken = 0;
        int holder = -1;
        for (int i = 0; i < hits.size(); i++) {
            if (verdicts[i] != null) {
                continue;
            }
            if (hits.start(i) >= taken) {
                verdicts[i] = Verdict.ACCEPTED;
                taken = hits.end(i);
                holder = i;
            } else {
                verdicts[i] = Verdict.OVERLAPPED;
                related[i] = holder;
            }
        }
    }

    /** Aliases of one product with only separators between them are one mention ({@code Omnie CD-01}). */
    private void mergeAdjacent() {
        int leader = -1;
        int previous = -1;
        for (int i = 0; i < hits.size(); i++) {
            if (verdicts[i] != Verdict.ACCEPTED) {
                continue;
            }
            if (previous >= 0
                    && alias(previous).productIndex() == alias(i).productIndex()
                    && onlySeparators(end(previous), start(i))) {
                verdicts[i] = Verdict.MERGED;
                related[i] = leader;
                lastOfMention[leader] = i;
            } else {
                leader = i;
                lastOfMention[i] = i;
            }
            previous = i;
        }
    }

    /**
     * A quantity belongs to one mention only: the reading of a mention starts after whatever the mention
     * before it used, and one read after a mention stops where the next mention starts. A count with a marker
     * wins over a bare number: before the mention first, then after it, then a bare number before it.
     */
    private void readQuantities() {
        int floor = 0;
        for (int i = 0; i < hits.size(); i++) {
            if (verdicts[i] != Verdict.ACCEPTED) {
                continue;
            }
            int mentionEnd = end(lastOfMention[i]);
            QuantityReader.Found found = QuantityReader.before(folded, start(i), floor);
            if (found.kind() != QuantityReader.Kind.MARKER) {
                QuantityReader.Found after = QuantityReader.after(folded, mentionEnd, nextMentionStart(i));
                if (after.counts()) {
                    found = after;
                }
            }
            quantities[i] = found;
            floor = Math.max(mentionEnd, found.counts() ? found.end() : 0);
        }
    }

    private boolean onlySeparators(int from, int to) {
        if (from > to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!TextNormalizer.isSeparator(folded.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private int nextMentionStart(int leader) {
        for (int i = lastOfMention[leader] + 1; i < hits.size(); i++) {
            if (verdicts[i] == Verdict.ACCEPTED) {
                return start(i);
            }
        }
        return folded.length();
    }
}
