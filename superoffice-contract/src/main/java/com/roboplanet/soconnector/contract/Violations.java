package com.roboplanet.soconnector.contract;

import java.util.List;

/** What the contract check found for one request or response; empty when it fits the definitions. */
public record Violations(String subject, List<String> messages) {
    public Violations {
        messages = List.copyOf(messages);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** One line per violation, each prefixed with the subject, for assertion messages. */
    public String describe() {
        return isEmpty() ? subject + ": fits the contract" : subject + ":\n  - " + String.join("\n  - ", messages);
    }

    @Override
    public String toString() {
        return describe();
    }
}
