package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.app.config.Closest;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.ConfigurationException;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;
import com.roboplanet.soconnector.domain.model.SendStrategyName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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

    /**
     * @throws ConfigurationException naming SO_SEND_STRATEGY and where it was set, for an empty entry, an unknown name
     *     (with the nearest strategy) or a repeated one; never repeating the value
     */
    public static SendStrategyChoice from(Configuration config) {
        return config.get(SuperOfficeConfig.SEND_STRATEGY)
                .map(value -> parse(value, problem -> config.invalid(SuperOfficeConfig.SEND_STRATEGY, problem)))
                .orElseGet(() -> new SendStrategyChoice(DEFAULT));
    }

    static SendStrategyChoice parse(String value, Function<String, ConfigurationException> invalid) {
        List<String> known = Arrays.stream(SendStrategyName.values())
                .map(SendStrategyName::configName)
                .toList();
        String choices = "; give one or a comma list of " + String.join(", ", known) + " (tried in that order)";
        List<SendStrategyName> order = new ArrayList<>();
        String[] parts = value.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String name = parts[i].strip().toLowerCase(Locale.ROOT);
            String entry = "entry " + (i + 1) + " of " + parts.length;
            if (name.isEmpty()) {
                throw invalid.apply(entry + " is empty" + choices);
            }
            SendStrategyName strategy = SendStrategyName.byConfigName(name)
                    .orElseThrow(() -> invalid.apply(entry + " is not a strategy"
                            + Closest.to(name, known)
                                    .map(k -> " (did you mean " + k + "?)")
                                    .orElse("")
                            + choices));
            if (order.contains(strategy)) {
                throw invalid.apply(strategy.configName() + " is listed twice" + choices);
            }
            order.add(strategy);
        }
        return new SendStrategyChoice(order);
    }
}
