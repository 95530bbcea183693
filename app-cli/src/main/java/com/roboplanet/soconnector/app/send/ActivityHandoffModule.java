package com.roboplanet.soconnector.app.send;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.name.Named;
import com.roboplanet.soconnector.app.SuperOfficePorts;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;

/** {@code activity-handoff}: a task for the rep, who sends the mail from their own program. */
final class ActivityHandoffModule extends AbstractModule {
    @Override
    protected void configure() {
        SendModule.strategies(binder())
                .addBinding(SendStrategyName.ACTIVITY_HANDOFF)
                .to(SendStrategyName.ACTIVITY_HANDOFF.key());
    }

    @Provides
    @Named("activity-handoff")
    SendStrategy activityHandoff(SuperOfficePorts superOffice) {
        return superOffice.activityHandoff();
    }
}
