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
    /** ACCESSORY and NEGATED: the word that decided it, in the folded text; otherwise -1. */
    int[] causeStart = new int[8];

    int[] causeEnd = new int[8];
    /** Whether some hit starts a mention that is counted or names a part (see {@link #isLeader}). */
    private boolean anyLeader;

    private List<Alias> aliases = List.of();

    private static final String JOINERS = "()[]{},;:+&|";
    private static final String ADDING_JOINERS = ",;+&";

    /** Runs the whole matcher on {@code text}; the results stay readable until the next call. */
    HeadingScan evaluate(String text, AliasAutomaton automaton, List<Alias> aliasTable) {
        heading = text;
        aliases = aliasTable;
        anyLeader = false;
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
        judgeAccessories();
        groupMentions();
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

    /** Whether {@link #anyCounted} or a part names a product ({@code spare tray BellaBot}). */
    boolean anyMention() {
        return anyLeader;
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
            causeStart = new int[capacity];
            causeEnd = new int[capacity];
        }
        Arrays.fill(verdicts, 0, size, null);
        Arrays.fill(quantities, 0, size, null);
        Arrays.fill(causeStart, 0, size, -1);
        Arrays.fill(causeEnd, 0, size, -1);
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
            } else if (!skeleton.splitsCharacter(hits.end(i))) {
                int plural = BoundaryRule.pluralEnd(folded, end);
                if (plural >= 0) {
                    end = plural;
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

    /**
     * A model's name next to an accessory or spare-part word is that part, not the model (rule 17 of ADR 0002):
     * {@code spare tray BellaBot}, {@code Akku für BellaBot}, {@code CC1 brushes}, {@code CC1 charging dock}, {@code
     * 3xErsatztablett BellaBot}. When the word is a catalogue product's ({@code Ladestation BellaBot}), the model
     * joins that product's mention; otherwise the model's mention is a part's, read for its count but not counted. An
     * open-ended alias ({@code Wartung*}) is a kind of thing, not a model, and a mention that is itself a part's word
     * ({@code Ladestation}) is never made a part of something else.
     */
    private void judgeAccessories() {
        for (int i = 0; i < hits.size(); i++) {
            if (verdicts[i] != Verdict.ACCEPTED || alias(i).openEnded()) {
                continue;
            }
            int wordEnd = skipBackward(start(i));
            int wordStart = lettersStart(wordEnd);
            if (wordStart > 0
                    && wordStart + 1 < wordEnd
                    && BoundaryRule.isAsciiDigit(folded.charAt(wordStart - 1))
                    && (folded.charAt(wordStart) == 'x' || folded.charAt(wordStart) == 'X')) {
                // 3xErsatztablett, 3xRad: the word starts after a glued count
                wordStart++;
            }
            if (wordStart < wordEnd && AccessoryWords.isForWord(folded, wordStart, wordEnd)) {
                wordEnd = skipBackward(wordStart);
                wordStart = lettersStart(wordEnd);
            }
            if (wordStart == wordEnd || !AccessoryWords.isAccessory(folded, wordStart, wordEnd)) {
                wordStart = skipForward(end(i));
                wordEnd = lettersEnd(wordStart);
                if (wordStart == wordEnd || !AccessoryWords.isAccessory(folded, wordStart, wordEnd)) {
                    continue;
                }
            }
            if (namesAPart(i)) {
                continue;
            }
            verdicts[i] = Verdict.ACCESSORY;
            causeStart[i] = wordStart;
            causeEnd[i] = wordEnd;
            related[i] = acceptedHitAt(wordStart);
        }
    }

    /** Whether the hit's own first or last word is a part's ({@code Ladestation}, {@code Charging Station}). */
    private boolean namesAPart(int hit) {
        int start = start(hit);
        int end = end(hit);
        return AccessoryWords.isAccessory(folded, start, lettersEnd(start))
                || AccessoryWords.isAccessory(folded, lettersStart(end), end);
    }

    /** The accepted hit holding the folded position, or -1. */
    private int acceptedHitAt(int position) {
        for (int j = 0; j < hits.size(); j++) {
            if (verdicts[j] == Verdict.ACCEPTED && start(j) <= position && position < end(j)) {
                return j;
            }
        }
        return -1;
    }

    private int skipBackward(int from) {
        int p = from;
        while (p > 0 && (folded.charAt(p - 1) == ' ' || folded.charAt(p - 1) == '-')) {
            p--;
        }
        return p;
    }

    private int skipForward(int from) {
        int p = from;
        while (p < folded.length() && (folded.charAt(p) == ' ' || folded.charAt(p) == '-')) {
            p++;
        }
        return p;
    }

    private int lettersStart(int end) {
        int p = end;
        while (p > 0 && Character.isLetter(folded.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    private int lettersEnd(int start) {
        int p = start;
        while (p < folded.length() && Character.isLetter(folded.charAt(p))) {
            p++;
        }
        return p;
    }

    /**
     * A hit that starts a mention: an accepted one, one that names a part without a catalogue product for the part
     * ({@code spare tray BellaBot}: read for its count, so that the count goes to no other product), and a negated
     * one (read for its count for the same reason).
     */
    private boolean isLeader(int hit) {
        Verdict verdict = verdicts[hit];
        return verdict == Verdict.ACCEPTED
                || verdict == Verdict.NEGATED
                || (verdict == Verdict.ACCESSORY && related[hit] < 0);
    }

    /**
     * Whether a negation stands right before {@code from} ({@code kein BellaBot}, {@code ohne 2x Ladestation}) or a
     * cancellation before it ({@code Storno: 2x BellaBot}, {@code Rückgabe 2x BellaBot}): then its word's start.
     */
    private int negationBefore(int from, int floor) {
        int p = from;
        while (p > floor
                && (folded.charAt(p - 1) == ' '
                        || folded.charAt(p - 1) == ':'
                        || folded.charAt(p - 1) == '-'
                        || folded.charAt(p - 1) == '.')) {
            p--;
        }
        int wordStart = lettersStart(p);
        if (wordStart < floor || wordStart == p) {
            return -1;
        }
        // No. 5 is a number's label, not a negation
        boolean negation =
                QuantityWords.isNegation(folded, wordStart, p) && !(p < folded.length() && folded.charAt(p) == '.');
        return negation || QuantityWords.isCancellation(folded, wordStart, p) ? wordStart : -1;
    }

    /**
     * Groups the accepted hits into mentions and reads each mention's quantity (rules 5 and 10 of ADR 0002).
     * Aliases of one product are one mention when only joiners stand between them ({@code Omnie CD-01}, {@code
     * Omnie (CD-01)}, {@code Omnie, CD-01}, {@code Omnie + CD-01}) or joiners and the mention's one count ({@code
     * Omnie x2 CD-01}, {@code Omnie 2 Stk. CD-01}); the same alias again (once folded) is a mention of its own
     * after {@code + & , ;} and after a count ({@code BellaBot + BellaBot} is two), but one with it in brackets or
     * after a slash ({@code Bella Bot (BellaBot)}, {@code BellaBot / Bella Bot}).
     *
     * <p>A quantity belongs to one mention only: the reading of a mention starts after whatever the mention before
     * it used, and one read after a mention stops where the next mention starts. A count with a marker wins over a
     * bare number: before the mention first, then between or after its aliases, then a bare number before it.
     */
    private void groupMentions() {
        int floor = 0;
        boolean cancelled = false;
        int leader = nextLeader(-1);
        while (leader >= 0) {
            anyLeader = true;
            lastOfMention[leader] = leader;
            QuantityReader.Found before = QuantityReader.before(folded, partsStart(leader), floor);
            QuantityReader.Found count =
                    before.kind() == QuantityReader.Kind.MARKER ? before : QuantityReader.Found.NOTHING;
            int last = leader;
            int next = nextLeader(last);
            while (next >= 0
                    && verdicts[leader] == Verdict.ACCEPTED
                    && verdicts[next] == Verdict.ACCEPTED
                    && alias(next).productIndex() == alias(last).productIndex()) {
                QuantityReader.Found joined = joined(last, next, count);
                if (joined == null) {
                    break;
                }
                count = joined;
                verdicts[next] = Verdict.MERGED;
                related[next] = leader;
                lastOfMention[leader] = next;
                last = next;
                next = nextLeader(last);
            }
            int tail = partsOf(leader, last, next);
            lastOfMention[leader] = tail;
            if (!count.counts()) {
                int limit = next >= 0 ? start(next) : folded.length();
                QuantityReader.Found after = QuantityReader.after(folded, end(tail), limit, true);
                if (after.counts() && next >= 0 && !hasOwnCountAfter(next)) {
                    // only now is it worth asking whose the count is: the next mention's unless it has its own
                    after = QuantityReader.after(folded, end(tail), limit, false);
                }
                count = after.counts() || (after.kind() == QuantityReader.Kind.UNREADABLE && !before.counts())
                        ? after
                        : before.isNothing() ? after : before;
            }
            quantities[leader] = count;
            if (verdicts[leader] == Verdict.ACCEPTED) {
                int from = count.counts() && count.start() < start(leader) ? count.start() : start(leader);
                int negation = negationBefore(from, floor);
                if (negation >= 0 || cancelled) {
                    cancelled |= negation >= 0 && QuantityWords.isCancellation(folded, negation, lettersEnd(negation));
                    verdicts[leader] = Verdict.NEGATED;
                    causeStart[leader] = negation;
                    causeEnd[leader] = negation >= 0 ? lettersEnd(negation) : -1;
                }
            }
            floor = Math.max(end(tail), count.counts() ? count.end() : 0);
            leader = next;
        }
    }

    /**
     * Where the mention starting with {@code leader} begins, with the models before it that name a part it is ({@code
     * CC1} in {@code 3x CC1 Ladestation}: the count before it is the station's).
     */
    private int partsStart(int leader) {
        int start = start(leader);
        for (int k = leader - 1; k >= 0; k--) {
            if (verdicts[k] == Verdict.ACCESSORY && related[k] == leader) {
                start = Math.min(start, start(k));
            }
        }
        return start;
    }

    /**
     * The last hit of the mention from {@code leader} to {@code last}, with the models after it that name a part the
     * mention is ({@code BellaBot} in {@code Ladestation BellaBot (4 Stück)}: the count after it is the station's).
     */
    private int partsOf(int leader, int last, int next) {
        int tail = last;
        for (int k = last + 1; k < hits.size() && (next < 0 || k < next); k++) {
            if (verdicts[k] == Verdict.ACCESSORY && related[k] >= leader && related[k] <= last) {
                tail = k;
            }
        }
        return tail;
    }

    /**
     * Whether {@code next} (an alias of the same product) continues the mention that {@code last} ends: then the
     * mention's count ({@code count}, or the one found between them), else null.
     */
    private QuantityReader.Found joined(int last, int next, QuantityReader.Found count) {
        int from = end(last);
        int to = start(next);
        if (from > to) {
            return null;
        }
        boolean sameAlias = hits.alias(last) == hits.alias(next);
        if (onlyJoiners(from, to)) {
            return sameAlias && adds(from, to) ? null : count;
        }
        if (sameAlias || count.counts()) {
            return null;
        }
        QuantityReader.Found between = QuantityReader.after(folded, from, to, true);
        return between.kind() == QuantityReader.Kind.MARKER && onlyJoiners(between.end(), to) ? between : null;
    }

    /**
     * Whether the mention starting with {@code hit} has a marked count after it that is its own ({@code KettyBot 3x}
     * in {@code BellaBot 2x KettyBot 3x}): then a count between it and the mention before is the earlier one's.
     */
    private boolean hasOwnCountAfter(int hit) {
        int last = hit;
        int following = nextLeader(last);
        while (following >= 0
                && alias(following).productIndex() == alias(hit).productIndex()
                && onlyJoiners(end(last), start(following))) {
            last = following;
            following = nextLeader(last);
        }
        int limit = following >= 0 ? start(following) : folded.length();
        return QuantityReader.after(folded, end(last), limit, false).kind() == QuantityReader.Kind.MARKER;
    }

    private int nextLeader(int hit) {
        for (int i = hit + 1; i < hits.size(); i++) {
            if (isLeader(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Between two aliases of one product, these say nothing about how many: separators, brackets and list
     * punctuation ({@code Omnie (CD-01)}, {@code Omnie, CD-01}, {@code Omnie: CD-01}, {@code Omnie + CD-01}).
     */
    private boolean onlyJoiners(int from, int to) {
        if (from > to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = folded.charAt(k);
            if (!TextNormalizer.isSeparator(c) && JOINERS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A joiner that adds: the same alias after it is one more ({@code BellaBot + BellaBot}, {@code BellaBot, BellaBot}). */
    private boolean adds(int from, int to) {
        for (int k = from; k < to; k++) {
            if (ADDING_JOINERS.indexOf(folded.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
