package com.roboplanet.soconnector.domain.matching;

import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick over alias skeletons, compiled to a dense transition table: one array read per
 * skeleton character, whatever the number of aliases. Characters that occur in no alias share one
 * class that always leads back to the root, which keeps the table narrow.
 */
final class AliasAutomaton {
    private static final int NONE = -1;

    private final int[] classOf;
    private final int width;
    private final int[] delta;
    private final int[] terminal;
    private final int[] outputLink;
    private final int[] aliasLength;

    /** @param skeletons the alias skeletons, non-empty and distinct; an alias's id is its index */
    AliasAutomaton(List<String> skeletons) {
        classOf = charClasses(skeletons);
        width = Arrays.stream(classOf).max().orElse(0) + 1;
        int maxStates = 1 + skeletons.stream().mapToInt(String::length).sum();
        int[] trie = new int[maxStates * width];
        Arrays.fill(trie, NONE);
        int[] alias = new int[maxStates];
        Arrays.fill(alias, NONE);
        aliasLength = new int[skeletons.size()];
        int states = 1;
        for (int id = 0; id < skeletons.size(); id++) {
            String skeleton = skeletons.get(id);
            int state = 0;
            for (int k = 0; k < skeleton.length(); k++) {
                int slot = state * width + classOf[skeleton.charAt(k)];
                if (trie[slot] == NONE) {
                    trie[slot] = states++;
                }
                state = trie[slot];
            }
            alias[state] = id;
            aliasLength[id] = skeleton.length();
        }
        delta = Arrays.copyOf(trie, states * width);
        terminal = Arrays.copyOf(alias, states);
        outputLink = new int[states];
        link(states);
    }

    /** Adds every alias occurrence in the skeleton to {@code hits}, in order of their end. */
    void scan(Skeleton skeleton, Hits hits) {
        char[] chars = skeleton.chars();
        int length = skeleton.length();
        int state = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            state = delta[state * width + (c < classOf.length ? classOf[c] : 0)];
            int out = terminal[state] != NONE ? state : outputLink[state];
            while (out != NONE) {
                int id = terminal[out];
                hits.add(i + 1 - aliasLength[id], i + 1, id);
                out = outputLink[out];
            }
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

    /**
     * Breadth-first: fills the missing transitions from the failure state's (turning the trie into a
     * DFA) and links every state to the nearest state on its failure chain that ends an alias.
     */
    private void link(int states) {
        int[] failure = new int[states];
        int[] queue = new int[states];
        int head = 0;
        int tail = 0;
        outputLink[0] = NONE;
        for (int c = 0; c < width; c++) {
            int child = delta[c];
            if (child == NONE) {
                delta[c] = 0;
            } else {
                failure[child] = 0;
                outputLink[child] = NONE;
                queue[tail++] = child;
            }
        }
        while (head < tail) {
            int state = queue[head++];
            for (int c = 0; c < width; c++) {
                int slot = state * width + c;
                int child = delta[slot];
                int fallback = delta[failure[state] * width + c];
                if (child == NONE) {
                    delta[slot] = fallback;
                } else {
                    failure[child] = fallback;
                    outputLink[child] = terminal[fallback] != NONE ? fallback : outputLink[fallback];
                    queue[tail++] = child;
                }
            }
        }
    }
}
