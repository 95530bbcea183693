package com.roboplanet.soconnector.sandbox.entities;

import java.util.OptionalInt;

/** The sales of the tenant, addressed by position. */
public interface SaleStore {
    /** How many sales there are; positions are {@code 0..size-1}. */
    int size();

    /** The sale at {@code index} (0-based). */
    SaleRow at(int index);

    /** The position of the sale with {@code saleId}, or empty when there is none. */
    OptionalInt indexOf(int saleId);

    /**
     * True when both the sale id and the date never decrease with the position: then ordering by id, or by date with
     * an id tie-break in the same direction, is a plain walk over the positions.
     */
    boolean ordered();

    /**
     * The sales as they are now, unchanged by later edits: a request reads one state of the tenant throughout. A store
     * that never changes is its own snapshot.
     */
    default SaleStore snapshot() {
        return this;
    }

    /** Counts the edits so far: positions and orders computed for one version do not hold for another. */
    default int version() {
        return 0;
    }
}
