package com.roboplanet.soconnector.app.send;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.name.Named;
import com.roboplanet.soconnector.app.SuperOfficePorts;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;

/** {@code email-agent}: SuperOffice's EMail agent sends from the rep's account. */
final class EmailAgentModule extends AbstractModule {
    @Override
    protected void configure() {
        SendModule.strategies(binder()).addBinding(SendStrategyName.EMAIL_AGENT).to(SendStrategyName.EMAIL_AGENT.key());
    }

    @Provides
    @Named("email-agent")
    SendStrategy emailAgent(SuperOfficePorts superOffice) {
        return superOffice.emailAgent();
    }
}
