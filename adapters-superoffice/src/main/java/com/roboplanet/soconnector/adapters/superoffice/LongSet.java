package com.roboplanet.soconnector.adapters.superoffice;

import java.util.Arrays;

/**
 * A set of longs in one array (open addressing, linear probing): at most about 32 bytes a member, where a
 * {@code HashSet<Long>} takes about 50. It holds the key of every row a read has handed over, which for a large tenant
 * is every sale id. Not thread-safe.
 */
final class LongSet {
    private static final long FREE = Long.MIN_VALUE;

    private long[] slots = free(16);
    private int size;
    private boolean hasFreeMarker;

    /** Adds {@code value}; true when it was not in the set. */
    boolean add(long value) {
        boolean added;
        if (value == FREE) {
            added = !hasFreeMarker;
            hasFreeMarker = true;
        } else {
            if (2 * (size + 1) > slots.length) grow();
            added = insert(slots, value);
        }
        if (added) size++;
        return added;
    }

    int size() {
        return size;
    }

    private static boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        for (int i = spread(value) & mask; ; i = (i + 1) & mask) {
            if (table[i] == value) return false;
            if (table[i] == FREE) {
                table[i] = value;
                return true;
            }
        }
    }

    private void grow() {
        long[] bigger = free(slots.length * 2);
        for (long value : slots) {
            if (value != FREE) insert(bigger, value);
        }
        slots = bigger;
    }

    private static long[] free(int length) {
        long[] table = new long[length];
        Arrays.fill(table, FREE);
        return table;
    }

    /** Sale ids are consecutive: mix the bits so that they do not fill one run of slots. */
    private static int spread(long value) {
        long h = value * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
