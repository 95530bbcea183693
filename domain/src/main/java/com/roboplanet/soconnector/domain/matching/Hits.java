package com.roboplanet.soconnector.domain.matching;

import java.util.Arrays;

/** Alias occurrences in a skeleton as parallel int arrays: no object per occurrence. */
final class Hits {
    private int[] start = new int[8];
    private int[] end = new int[8];
    private int[] alias = new int[8];
    private int size;

    void add(int hitStart, int hitEnd, int aliasId) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
            alias = Arrays.copyOf(alias, size * 2);
        }
        start[size] = hitStart;
        end[size] = hitEnd;
        alias[size] = aliasId;
        size++;
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    int alias(int i) {
        return alias[i];
    }

    /**
     * Leftmost first, and among hits that start together the longest first: the order in which the
     * leftmost-longest rule considers them.
     */
    void sortLeftmostLongest() {
        for (int i = 1; i < size; i++) {
            int s = start[i];
            int e = end[i];
            int a = alias[i];
            int j = i - 1;
            while (j >= 0 && (start[j] > s || (start[j] == s && end[j] < e))) {
                start[j + 1] = start[j];
                end[j + 1] = end[j];
                alias[j + 1] = alias[j];
                j--;
            }
            start[j + 1] = s;
            end[j + 1] = e;
            alias[j + 1] = a;
        }
    }
}
