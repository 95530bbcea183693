package com.roboplanet.soconnector.domain.model;

import java.util.Arrays;
import java.util.Optional;

/** The send strategies SO_SEND_STRATEGY can name, by their configuration names. */
public enum SendStrategyName {
    EMAIL_AGENT("email-agent"),
    SMTP_RELAY("smtp-relay"),
    ACTIVITY_HANDOFF("activity-handoff");

    private final String configName;

    SendStrategyName(String configName) {
        this.configName = configName;
    }

    /** As written in SO_SEND_STRATEGY and as the strategy calls itself ({@code SendStrategy#name()}). */
    public String configName() {
        return configName;
    }

    public static Optional<SendStrategyName> byConfigName(String name) {
        return Arrays.stream(values()).filter(v -> v.configName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return configName;
    }
}
