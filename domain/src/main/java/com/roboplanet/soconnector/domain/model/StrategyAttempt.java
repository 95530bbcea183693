package com.roboplanet.soconnector.domain.model;

import java.util.Objects;

/** A send strategy that was tried and did not serve, with why and what would make it work. */
public record StrategyAttempt(String strategy, Verdict verdict, String reason, String fix) {
    /** Why the strategy did not serve. */
    public enum Verdict {
        /** The tenant or relay does not allow us, e.g. the EMail agent was not requested at registration. */
        NOT_GRANTED,
        /** The path exists but cannot be used now or in this configuration. */
        NOT_AVAILABLE
    }

    public StrategyAttempt {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(verdict, "verdict");
        reason = Objects.requireNonNullElse(reason, "");
        fix = Objects.requireNonNullElse(fix, "");
    }
}
