package com.roboplanet.soconnector.app.send;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.name.Named;
import com.roboplanet.soconnector.app.crm.SuperOfficeSession;
import com.roboplanet.soconnector.domain.model.SendStrategyName;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;

/** {@code email-agent}: SuperOffice's EMail agent sends from the rep's account. */
final class EmailAgentModule extends AbstractModule {
    @Override
    protected void configure() {
        SendModule.strategies(binder())
                .addBinding(SendStrategyName.EMAIL_AGENT)
                .to(SendModule.key(SendStrategyName.EMAIL_AGENT));
    }

    @Provides
    @Named("email-agent")
    SendStrategy emailAgent(SuperOfficeSession superOffice) {
        return superOffice.connection().emailAgent();
    }
}
