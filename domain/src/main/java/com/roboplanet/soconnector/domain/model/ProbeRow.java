package com.roboplanet.soconnector.domain.model;

import java.util.Objects;

/**
 * One capability checked by {@code probe}: can this sending path work, and if not, why and how to fix it.
 *
 * @param evidence what was observed, e.g. an HTTP status or an SMTP reply; empty when nothing was asked
 */
public record ProbeRow(Capability capability, Status status, String evidence, String meaning, String fix) {
    /** The verdict for one capability. */
    public enum Status {
        OK,
        FAILED,
        /** Not checked because an earlier step failed or the configuration does not use it. */
        SKIPPED
    }

    public ProbeRow {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(status, "status");
        evidence = Objects.requireNonNullElse(evidence, "");
        meaning = Objects.requireNonNullElse(meaning, "");
        fix = Objects.requireNonNullElse(fix, "");
    }

    /** Not checked, and why. */
    public static ProbeRow skipped(Capability capability, String why) {
        return new ProbeRow(capability, Status.SKIPPED, "", why, "");
    }
}
