package com.roboplanet.soconnector.adapters.csv;

/**
 * The sale ids an export has handed over, each with a fingerprint of its row, so that a row for an id seen before is
 * told apart as the same sale again (two exports pasted together: dropped, counted) or another sale under the same id
 * (refused). Open addressing over primitive arrays, because an export is read streaming and may be large: 12 bytes a
 * slot, at most three quarters of the slots taken (about 50 MB for two million sales; a 1.9-million-sale export reads
 * with {@code -Xmx128m}); ids are positive, so 0 marks a free slot.
 */
final class SeenSales {
    /** A fingerprint {@link #putIfAbsent} returns for an id not seen before; never a fingerprint itself. */
    static final long ABSENT = Long.MIN_VALUE;

    private static final int FIRST_CAPACITY = 1 << 10;

    private long[] ids = new long[FIRST_CAPACITY];
    private int[] fingerprints = new int[FIRST_CAPACITY];
    private int size;

    /**
     * @param id a positive sale id
     * @return the fingerprint kept for {@code id} before, or {@link #ABSENT} (then {@code fingerprint} is kept)
     */
    long putIfAbsent(long id, int fingerprint) {
        if (id <= 0) {
            throw new IllegalArgumentException("sale ids are positive: " + id);
        }
        int slot = slot(ids, id);
        if (ids[slot] == id) {
            return fingerprints[slot];
        }
        ids[slot] = id;
        fingerprints[slot] = fingerprint;
        if (++size > ids.length / 4 * 3) {
            grow();
        }
        return ABSENT;
    }

    private static int slot(long[] table, long id) {
        int mask = table.length - 1;
        int i = Long.hashCode(id * 0x9E3779B97F4A7C15L) & mask;
        while (table[i] != 0 && table[i] != id) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldIds = ids;
        int[] oldFingerprints = fingerprints;
        ids = new long[oldIds.length * 2];
        fingerprints = new int[oldIds.length * 2];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != 0) {
                int slot = slot(ids, oldIds[i]);
                ids[slot] = oldIds[i];
                fingerprints[slot] = oldFingerprints[i];
            }
        }
    }
}
