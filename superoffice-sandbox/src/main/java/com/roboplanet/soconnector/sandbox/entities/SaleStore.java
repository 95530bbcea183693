package com.roboplanet.soconnector.sandbox;

import java.util.OptionalInt;

/** The sales of the tenant, addressed by position. */
interface SaleStore {
    int size();

    SaleRow at(int index);

    OptionalInt indexOf(int saleId);

    /**
     * True when both the sale id and the date never decrease with the position: then ordering by id, or by date with
     * an id tie-break in the same direction, is a plain walk over the positions.
     */
    boolean ordered();
}
