package com.roboplanet.soconnector.app.crm;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;

/** SuperOffice is the tenant the SO_* settings name; they are checked when the connection opens, not before. */
final class TenantModule extends AbstractModule {
    @Provides
    SuperOfficeTenant tenant(Configuration config) {
        return () -> SuperOfficeConfig.settings(config);
    }
}
