package com.roboplanet.soconnector.domain.port.out;

import java.util.Arrays;

/**
 * Sums per non-negative {@code long} key in two primitive arrays (open addressing, linear probing): 16 bytes a slot,
 * at most two slots an entry, no boxing. {@link ReportTotals} keeps one entry per (customer, product) and (month,
 * product) that occurred, never a grid.
 */
final class SparseSums {
    private static final long EMPTY = -1;

    private long[] keys;
    private long[] sums;
    private int size;

    SparseSums() {
        keys = new long[64];
        sums = new long[64];
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    boolean contains(long key) {
        return keys[slot(key)] == key;
    }

    /** Adds {@code amount} to the key's sum, creating it at 0 first when absent. */
    void add(long key, long amount) {
        int slot = slot(key);
        sums[slot] += amount;
        if (keys[slot] != key) {
            keys[slot] = key;
            size++;
            if (size * 2 > keys.length) {
                grow();
            }
        }
    }

    long get(long key) {
        int slot = slot(key);
        return keys[slot] == key ? sums[slot] : 0;
    }

    /** The keys present, in ascending order (a fresh array). */
    long[] sortedKeys() {
        long[] present = new long[size];
        int n = 0;
        for (long key : keys) {
            if (key != EMPTY) {
                present[n++] = key;
            }
        }
        Arrays.sort(present);
        return present;
    }

    private int slot(long key) {
        if (key < 0) {
            throw new IllegalArgumentException("keys are non-negative, was " + key);
        }
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldSums = sums;
        keys = new long[oldKeys.length * 2];
        sums = new long[oldSums.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                sums[slot] = oldSums[i];
            }
        }
    }

    /** Spreads keys that differ only in their high bits (the customer or month part) over the table. */
    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
