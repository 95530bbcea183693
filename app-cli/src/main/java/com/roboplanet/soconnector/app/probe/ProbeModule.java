package com.roboplanet.soconnector.app.probe;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.roboplanet.soconnector.adapters.smtp.SmtpProbe;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.send.SmtpRelayConfig;
import com.roboplanet.soconnector.domain.model.Capability;
import com.roboplanet.soconnector.domain.model.ProbeRow;
import java.util.List;

/** What {@code probe} checks besides SuperOffice: the relay from SMTP_*, whether or not smtp-relay is configured. */
public final class ProbeModule extends AbstractModule {

    @Provides
    RelayProbe relayProbe(Configuration config) {
        return () -> SmtpRelayConfig.settings(config)
                .map(settings -> new SmtpProbe(settings).probe())
                .orElseGet(ProbeModule::notConfigured);
    }

    static List<ProbeRow> notConfigured() {
        return List.of(Capability.SMTP_CONNECT, Capability.SMTP_TLS, Capability.SMTP_LOGIN).stream()
                .map(c -> new ProbeRow(
                        c,
                        ProbeRow.Status.SKIPPED,
                        "",
                        "no SMTP relay configured (SMTP_HOST is not set)",
                        "set SMTP_HOST and SMTP_FROM to use the smtp-relay strategy"))
                .toList();
    }
}
