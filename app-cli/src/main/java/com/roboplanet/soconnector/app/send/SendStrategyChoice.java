package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.ConfigurationException;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;
import com.roboplanet.soconnector.domain.model.SendStrategyName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The strategies to try, in order, from SO_SEND_STRATEGY.
 *
 * <p>The default tries SuperOffice's own mail first (it sends from the rep's account and archives by itself), then
 * the relay (which is simply "not available" while SMTP_HOST is unset), and ends with the hand-off, which works on
 * any tenant that lets us create tasks: so an unconfigured first run still reaches the rep instead of failing.
 */
public record SendStrategyChoice(List<SendStrategyName> order) {
    public static final List<SendStrategyName> DEFAULT =
            List.of(SendStrategyName.EMAIL_AGENT, SendStrategyName.SMTP_RELAY, SendStrategyName.ACTIVITY_HANDOFF);

    public SendStrategyChoice {
        order = List.copyOf(order);
        if (order.isEmpty()) {
            throw new IllegalArgumentException("at least one send strategy");
        }
        if (order.stream().distinct().count() != order.size()) {
            throw new IllegalArgumentException("each send strategy at most once: " + order);
        }
    }

    /** @throws ConfigurationException naming SO_SEND_STRATEGY for an empty list, an unknown name or a repeated one */
    public static SendStrategyChoice from(Configuration config) {
        return config.get(SuperOfficeConfig.SEND_STRATEGY)
                .map(SendStrategyChoice::parse)
                .orElseGet(() -> new SendStrategyChoice(DEFAULT));
    }

    static SendStrategyChoice parse(String value) {
        List<SendStrategyName> order = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            SendStrategyName strategy = SendStrategyName.byConfigName(name)
                    .orElseThrow(() ->
                            invalid(value, name.isEmpty() ? "an empty entry" : "unknown strategy '" + name + "'"));
            if (order.contains(strategy)) {
                throw invalid(value, "'" + name + "' is listed twice");
            }
            order.add(strategy);
        }
        return new SendStrategyChoice(order);
    }

    private static ConfigurationException invalid(String value, String problem) {
        String known = Arrays.stream(SendStrategyName.values())
                .map(SendStrategyName::configName)
                .collect(Collectors.joining(", "));
        return new ConfigurationException(SuperOfficeConfig.SEND_STRATEGY + "='" + value + "': " + problem
                + "; give one or a comma list of " + known + " (tried in that order)");
    }
}
