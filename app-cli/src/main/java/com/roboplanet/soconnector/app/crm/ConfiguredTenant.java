package com.roboplanet.soconnector.app.crm;

import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeSettings;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;
import jakarta.inject.Inject;

/** The tenant from the SO_* settings; they are checked when the connection opens, not before. */
final class ConfiguredTenant implements SuperOfficeTenant {
    private final Configuration config;

    @Inject
    ConfiguredTenant(Configuration config) {
        this.config = config;
    }

    @Override
    public SuperOfficeSettings settings() {
        return SuperOfficeConfig.settings(config);
    }

    @Override
    public void close() {
        // Nothing was started here: the connection itself is closed by SuperOfficeSession.
    }
}
