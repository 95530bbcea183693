package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.adapters.smtp.Sleeper;
import com.roboplanet.soconnector.adapters.smtp.SmtpRelaySendStrategy;
import com.roboplanet.soconnector.adapters.smtp.SmtpSettings;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.ConfigurationException;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the SMTP_* keys. A relay that is not configured at all is "not available", so a strategy list falls through. */
public final class SmtpRelayConfig {
    static final String HOST = "SMTP_HOST";

    private SmtpRelayConfig() {}

    /**
     * @return empty when SMTP_HOST is unset: no relay is meant to be used
     * @throws ConfigurationException naming the key when SMTP_HOST is set but the other keys are missing or invalid
     */
    public static Optional<SmtpSettings> settings(Configuration config) {
        if (config.get(HOST).isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> smtp = new LinkedHashMap<>();
        for (String key : config.keys()) {
            if (key.startsWith("SMTP_")) {
                smtp.put(key, config.get(key).orElseThrow());
            }
        }
        try {
            return Optional.of(SmtpSettings.fromEnvironment(smtp));
        } catch (IllegalArgumentException e) {
            // Without the cause: a parser's exception may repeat the value, and --debug prints causes.
            throw new ConfigurationException(e.getMessage());
        }
    }

    /** The relay, or when SMTP_HOST is unset a strategy that never sends and says how to set the relay up. */
    static SendStrategy strategy(Configuration config, Clock clock, Sleeper sleeper) {
        return settings(config)
                .<SendStrategy>map(settings -> new SmtpRelaySendStrategy(settings, clock, sleeper))
                .orElseGet(() -> SendStrategy.notConfigured(
                        SmtpRelaySendStrategy.NAME,
                        "not configured (SMTP_HOST is not set): would be skipped",
                        new SendOutcome.NotAvailable(
                                "no SMTP relay is configured (SMTP_HOST is not set)",
                                "set SMTP_HOST, SMTP_FROM and, if the relay needs a login, SMTP_USERNAME and"
                                        + " SMTP_PASSWORD (see README 'Sending mail')")));
    }
}
