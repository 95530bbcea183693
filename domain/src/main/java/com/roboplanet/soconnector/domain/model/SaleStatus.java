package com.roboplanet.soconnector.domain.model;

import java.util.Locale;

/** SuperOffice's sale states, as the report can filter on them. */
public enum SaleStatus {
    OPEN,
    SOLD,
    LOST,
    STALLED;

    public static SaleStatus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown sale status '" + text + "' (use open, sold, lost or stalled)", e);
        }
    }
}
