package com.roboplanet.soconnector.domain.model;

import com.roboplanet.soconnector.domain.model.ProbeRow.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which SO_SEND_STRATEGY the probe's rows support, best first: SuperOffice's own mail, then the relay, then the
 * hand-off, which needs nothing but the right to create tasks.
 *
 * @param strategies empty when no path works
 * @param why one line, for a person
 */
public record StrategyRecommendation(List<SendStrategyName> strategies, String why) {
    public StrategyRecommendation {
        strategies = List.copyOf(strategies);
    }

    /**
     * Every strategy needs SuperOffice: the rep and the person are looked up there before any mail goes out, a relayed
     * mail is archived there, and a hand-off is a task there. So no path works unless the login and the API host did
     * (a path that works without the CRM would be named here; there is none).
     */
    public static StrategyRecommendation from(List<ProbeRow> rows) {
        Map<Capability, Status> status = new EnumMap<>(Capability.class);
        rows.forEach(row -> status.put(row.capability(), row.status()));
        if (!ok(status, Capability.TOKEN) || !ok(status, Capability.DISCOVERY)) {
            return new StrategyRecommendation(
                    List.of(),
                    "no sending path works: SuperOffice "
                            + (ok(status, Capability.TOKEN)
                                    ? "could not be reached (see the API host row)"
                                    : "refused the login or could not be reached (see the token row)")
                            + ", and every strategy needs it to look up the rep and the person (smtp-relay also to"
                            + " archive the mail, activity-handoff to create the task)");
        }
        List<SendStrategyName> strategies = new ArrayList<>();
        List<String> why = new ArrayList<>();
        if (ok(status, Capability.EMAIL_AGENT)) {
            strategies.add(SendStrategyName.EMAIL_AGENT);
            why.add("the EMail agent is granted");
        }
        if (relayWorks(status)) {
            strategies.add(SendStrategyName.SMTP_RELAY);
            why.add(
                    ok(status, Capability.CREATE_DOCUMENT)
                            ? "the SMTP relay accepts us and sent mails can be archived"
                            : "the SMTP relay accepts us, but sent mails cannot be archived until documents may be created");
        }
        if (ok(status, Capability.CREATE_APPOINTMENT)) {
            strategies.add(SendStrategyName.ACTIVITY_HANDOFF);
            why.add("tasks can be created for the hand-off");
        }
        return new StrategyRecommendation(
                strategies,
                strategies.isEmpty()
                        ? "no sending path works: see the FAILED rows and their fixes"
                        : capitalised(String.join("; ", why)) + ".");
    }

    /**
     * Configured (connect was tried) and no relay step failed, including {@code MAIL FROM}/{@code RCPT TO}: a relay that
     * would refuse the rep's mail is no path. TLS or login may be SKIPPED by configuration.
     */
    private static boolean relayWorks(Map<Capability, Status> status) {
        return ok(status, Capability.SMTP_CONNECT)
                && status.get(Capability.SMTP_TLS) != Status.FAILED
                && status.get(Capability.SMTP_LOGIN) != Status.FAILED
                && status.get(Capability.SMTP_ACCEPTS_MAIL) != Status.FAILED;
    }

    private static boolean ok(Map<Capability, Status> status, Capability capability) {
        return status.get(capability) == Status.OK;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public boolean anyPathWorks() {
        return !strategies.isEmpty();
    }

    /** As SO_SEND_STRATEGY would spell it; empty when nothing works. */
    public String configValue() {
        return strategies.stream().map(SendStrategyName::configName).collect(Collectors.joining(","));
    }
}
