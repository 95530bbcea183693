package com.roboplanet.soconnector.domain.matching;

/** What became of an alias found in a heading's skeleton. */
public enum Verdict {
    /** Counted: starts a mention. */
    ACCEPTED,
    /**
     * Counted as part of the mention before it: same product, nothing but joiners and the mention's count between
     * ({@code Omnie (CD-01)}, {@code Omnie x2 CD-01}).
     */
    MERGED,
    /** Not counted: a letter or digit comes directly before it ({@code XOmnie}). */
    BOUNDARY_BEFORE,
    /** Not counted: a letter or digit comes directly after it ({@code Omnies}, {@code CD-010}). */
    BOUNDARY_AFTER,
    /** Not counted: a match further left, or as far left and longer, already holds some of its characters. */
    OVERLAPPED,
    /**
     * Not counted: an accessory or spare-part word next to it makes the mention that part ({@code spare tray
     * BellaBot}, {@code CC1 brushes}); when the part is a catalogue product ({@code Ladestation BellaBot}), the
     * mention is that product's, with the count.
     */
    ACCESSORY,
    /**
     * Not counted: a negation right before it or its count ({@code kein BellaBot}, {@code ohne Ladestation}), or a
     * cancellation before it ({@code Storno: 2x BellaBot}).
     */
    NEGATED;

    public boolean counted() {
        return this == ACCEPTED || this == MERGED;
    }

    public boolean boundaryRejected() {
        return this == BOUNDARY_BEFORE || this == BOUNDARY_AFTER;
    }
}
