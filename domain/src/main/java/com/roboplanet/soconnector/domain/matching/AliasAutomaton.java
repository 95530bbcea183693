package com.roboplanet.soconnector.domain.matching;

import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick over alias skeletons. States near the root, where ordinary text spends nearly all its
 * time, get a dense transition row (one array read per character); deeper states, which in a real
 * catalogue are mostly chains with one child each, keep only their own edges and a failure link.
 * That keeps a 5,000-alias automaton small enough to stay in cache, so the cost per heading does not
 * grow with the catalogue. Characters that occur in no alias share class 0, which no edge uses.
 */
final class AliasAutomaton {
    private static final int NONE = -1;

    /** States up to this depth get a dense row: with an alphabet of about 40 that is at most ~1,600 rows. */
    private static final int DENSE_DEPTH = 2;

    private final int[] classOf;
    private final int width;
    /** Per state: its dense row's offset in {@link #rows}, or {@link #NONE} for a sparse state. */
    private final int[] rowOf;

    private final int[] rows;
    /** Sparse states' edges: those of state s are at {@code edgeStart[s] .. edgeStart[s + 1]}. */
    private final int[] edgeStart;

    private final int[] edgeClass;
    private final int[] edgeTarget;
    private final int[] failure;
    private final int[] terminal;
    private final int[] outputLink;
    private final int[] aliasLength;

    /** @param skeletons the alias skeletons, non-empty and distinct; an alias's id is its index */
    AliasAutomaton(List<String> skeletons) {
        classOf = charClasses(skeletons);
        width = Arrays.stream(classOf).max().orElse(0) + 1;
        Trie trie = new Trie(1 + skeletons.stream().mapToInt(String::length).sum());
        aliasLength = new int[skeletons.size()];
        for (int id = 0; id < skeletons.size(); id++) {
            String skeleton = skeletons.get(id);
            int state = 0;
            for (int k = 0; k < skeleton.length(); k++) {
                state = trie.childOrAdd(state, classOf[skeleton.charAt(k)]);
            }
            trie.terminal[state] = id;
            aliasLength[id] = skeleton.length();
        }
        int states = trie.size;
        terminal = Arrays.copyOf(trie.terminal, states);
        failure = new int[states];
        outputLink = new int[states];
        rowOf = new int[states];
        edgeStart = new int[states + 1];
        edgeClass = new int[states];
        edgeTarget = new int[states];
        int[] order = trie.breadthFirst();
        rows = new int[denseCount(trie, order) * width];
        layOutEdges(trie);
        link(trie, order);
    }

    /** Adds every alias occurrence in the skeleton to {@code hits}, in order of their end. */
    void scan(Skeleton skeleton, Hits hits) {
        char[] chars = skeleton.chars();
        int length = skeleton.length();
        int state = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            state = next(state, c < classOf.length ? classOf[c] : 0);
            int out = terminal[state] != NONE ? state : outputLink[state];
            while (out != NONE) {
                int id = terminal[out];
                hits.add(i + 1 - aliasLength[id], i + 1, id);
                out = outputLink[out];
            }
        }
    }

    private int next(int state, int charClass) {
        int s = state;
        while (true) {
            int row = rowOf[s];
            if (row != NONE) {
                return rows[row + charClass];
            }
            for (int e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
                if (edgeClass[e] == charClass) {
                    return edgeTarget[e];
                }
            }
            s = failure[s];
        }
    }

    private static int[] charClasses(List<String> skeletons) {
        int maxChar = 0;
        for (String s : skeletons) {
            for (int k = 0; k < s.length(); k++) {
                maxChar = Math.max(maxChar, s.charAt(k));
            }
        }
        int[] classes = new int[maxChar + 1];
        int next = 1;
        for (String s : skeletons) {
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (classes[c] == 0) {
                    classes[c] = next++;
                }
            }
        }
        return classes;
    }

    private static int denseCount(Trie trie, int[] order) {
        int count = 0;
        for (int state : order) {
            if (trie.depth[state] <= DENSE_DEPTH) {
                count++;
            }
        }
        return count;
    }

    /** Sparse states keep their edges, indexed by state so that {@link #next} finds them without a row. */
    private void layOutEdges(Trie trie) {
        int at = 0;
        for (int state = 0; state < trie.size; state++) {
            edgeStart[state] = at;
            if (trie.depth[state] > DENSE_DEPTH) {
                for (int e = trie.firstEdge[state]; e != NONE; e = trie.sibling[e]) {
                    edgeClass[at] = trie.label[e];
                    edgeTarget[at] = trie.target[e];
                    at++;
                }
            }
        }
        edgeStart[trie.size] = at;
    }

    /**
     * Breadth-first, so that a state's failure state (always shallower) is complete before it: computes
     * failure and output links and fills dense rows, where a missing edge takes the failure state's
     * transition.
     */
    private void link(Trie trie, int[] order) {
        outputLink[0] = NONE;
        int nextRow = 0;
        for (int state : order) {
            for (int e = trie.firstEdge[state]; e != NONE; e = trie.sibling[e]) {
                int child = trie.target[e];
                int fallback = state == 0 ? 0 : next(failure[state], trie.label[e]);
                failure[child] = fallback;
                outputLink[child] = terminal[fallback] != NONE ? fallback : outputLink[fallback];
            }
            if (trie.depth[state] <= DENSE_DEPTH) {
                rowOf[state] = nextRow;
                for (int c = 0; c < width; c++) {
                    int child = trie.child(state, c);
                    rows[nextRow + c] = child != NONE ? child : (state == 0 ? 0 : next(failure[state], c));
                }
                nextRow += width;
            } else {
                rowOf[state] = NONE;
            }
        }
    }

    /** The plain trie, with each state's children as a linked list of edges: compact for any alphabet. */
    private static final class Trie {
        final int[] firstEdge;
        final int[] sibling;
        final int[] label;
        final int[] target;
        final int[] terminal;
        final int[] depth;
        int size = 1;
        private int edges;

        Trie(int maxStates) {
            firstEdge = new int[maxStates];
            Arrays.fill(firstEdge, NONE);
            sibling = new int[maxStates];
            label = new int[maxStates];
            target = new int[maxStates];
            terminal = new int[maxStates];
            Arrays.fill(terminal, NONE);
            depth = new int[maxStates];
        }

        int child(int state, int charClass) {
            for (int e = firstEdge[state]; e != NONE; e = sibling[e]) {
                if (label[e] == charClass) {
                    return target[e];
                }
            }
            return NONE;
        }

        int childOrAdd(int state, int charClass) {
            int existing = child(state, charClass);
            if (existing != NONE) {
                return existing;
            }
            int child = size++;
            depth[child] = depth[state] + 1;
            label[edges] = charClass;
            target[edges] = child;
            sibling[edges] = firstEdge[state];
            firstEdge[state] = edges++;
            return child;
        }

        int[] breadthFirst() {
            int[] queue = new int[size];
            int tail = 1;
            for (int head = 0; head < tail; head++) {
                for (int e = firstEdge[queue[head]]; e != NONE; e = sibling[e]) {
                    queue[tail++] = target[e];
                }
            }
            return queue;
        }
    }
}
