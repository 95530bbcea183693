package com.roboplanet.soconnector.app.probe;

import com.roboplanet.soconnector.adapters.smtp.SmtpProbe;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.ConfigurationException;
import com.roboplanet.soconnector.app.send.SmtpRelayConfig;
import com.roboplanet.soconnector.domain.model.Capability;
import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.model.ProbeRow.Status;
import com.roboplanet.soconnector.domain.port.out.CapabilityProbe;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The relay from SMTP_*: probed when SMTP_HOST is set, SKIPPED when not. Settings that cannot be used are a finding
 * like any other (a FAILED row naming the key), because {@code probe} is where people go to find what is wrong.
 */
final class ConfiguredRelayProbe implements CapabilityProbe {
    private final Configuration config;

    @Inject
    ConfiguredRelayProbe(Configuration config) {
        this.config = config;
    }

    @Override
    public List<ProbeRow> probe() {
        try {
            return SmtpRelayConfig.settings(config)
                    .map(settings -> new SmtpProbe(settings).probe())
                    .orElseGet(ConfiguredRelayProbe::notConfigured);
        } catch (ConfigurationException e) {
            return List.of(
                    new ProbeRow(
                            Capability.SMTP_CONNECT,
                            Status.FAILED,
                            "SMTP_* settings",
                            e.getMessage(),
                            "correct the SMTP_* settings (see README 'Configuration')"),
                    ProbeRow.skipped(Capability.SMTP_TLS, "not checked: the relay settings are invalid"),
                    ProbeRow.skipped(Capability.SMTP_LOGIN, "not checked: the relay settings are invalid"),
                    ProbeRow.skipped(Capability.SMTP_ACCEPTS_MAIL, "not checked: the relay settings are invalid"));
        }
    }

    private static List<ProbeRow> notConfigured() {
        String why = "no SMTP relay configured (SMTP_HOST is not set)";
        return List.of(
                new ProbeRow(
                        Capability.SMTP_CONNECT,
                        Status.SKIPPED,
                        "",
                        why,
                        "set SMTP_HOST and SMTP_FROM to use the smtp-relay strategy"),
                ProbeRow.skipped(Capability.SMTP_TLS, why),
                ProbeRow.skipped(Capability.SMTP_LOGIN, why),
                ProbeRow.skipped(Capability.SMTP_ACCEPTS_MAIL, why));
    }
}
