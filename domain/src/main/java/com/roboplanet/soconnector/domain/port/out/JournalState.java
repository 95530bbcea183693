package com.roboplanet.soconnector.domain.port.out;

/**
 * Where a mail is on its way. The only moves are PREPARED → SENDING → (PREPARED again when the
 * strategy did not serve) → SENT → ARCHIVED, or SENDING → HANDED_OFF.
 */
public enum JournalState {
    /** Recorded; no strategy is sending. Nothing has left, so sending again is safe. */
    PREPARED,
    /** A strategy was called and has not answered yet. If a run stops here, nobody knows whether the mail left. */
    SENDING,
    /** A relay or agent accepted the mail; the bytes are kept until they are archived. */
    SENT,
    /** Sent and archived: done. */
    ARCHIVED,
    /** A task was created for the rep: done. */
    HANDED_OFF;

    public boolean finished() {
        return this == ARCHIVED || this == HANDED_OFF;
    }
}
