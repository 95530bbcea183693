package com.roboplanet.soconnector.app.send;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.name.Named;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;
import com.roboplanet.soconnector.app.crm.SuperOfficeSession;
import com.roboplanet.soconnector.domain.model.SendStrategyName;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;

/**
 * {@code activity-handoff}: a task for the rep, who sends the mail from their own program; the task type from
 * SO_HANDOFF_TASK_ID or the tenant's list.
 */
final class ActivityHandoffModule extends AbstractModule {
    @Override
    protected void configure() {
        SendModule.strategies(binder())
                .addBinding(SendStrategyName.ACTIVITY_HANDOFF)
                .to(SendModule.key(SendStrategyName.ACTIVITY_HANDOFF));
    }

    @Provides
    @Named("activity-handoff")
    SendStrategy activityHandoff(SuperOfficeSession superOffice, Configuration config) {
        return superOffice.connection().activityHandoff(SuperOfficeConfig.mailSettings(config));
    }
}
