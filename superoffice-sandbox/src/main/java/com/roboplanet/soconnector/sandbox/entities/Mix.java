package com.roboplanet.soconnector.sandbox.entities;

/** A stateless hash (SplitMix64's finaliser) so that any record of the tenant is computed from (seed, index). */
public final class Mix {
    private Mix() {}

    /** A well-spread 64-bit hash of ({@code seed}, {@code index}); the same inputs always give the same hash. */
    public static long of(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int pick(long hash, int shift, int bound) {
        return (int) Long.remainderUnsigned(hash >>> shift, bound);
    }
}
