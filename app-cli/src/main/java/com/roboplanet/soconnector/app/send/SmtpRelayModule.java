package com.roboplanet.soconnector.app.send;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.name.Named;
import com.roboplanet.soconnector.adapters.smtp.Sleeper;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.domain.model.SendStrategyName;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import java.time.Clock;

/** {@code smtp-relay}: the company's SMTP relay from SMTP_*, the sent bytes archived in SuperOffice. */
final class SmtpRelayModule extends AbstractModule {
    @Override
    protected void configure() {
        SendModule.strategies(binder())
                .addBinding(SendStrategyName.SMTP_RELAY)
                .to(SendModule.key(SendStrategyName.SMTP_RELAY));
        bind(Sleeper.class).toInstance(Sleeper.REAL);
    }

    @Provides
    @Named("smtp-relay")
    SendStrategy smtpRelay(Configuration config, Clock clock, Sleeper sleeper) {
        return SmtpRelayConfig.strategy(config, clock, sleeper);
    }
}
