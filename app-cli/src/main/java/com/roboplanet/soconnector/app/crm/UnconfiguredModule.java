package com.roboplanet.soconnector.app.crm;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.roboplanet.soconnector.app.config.ConfigurationException;

/**
 * No tenant and no sandbox: a run without a terminal that needs SuperOffice stops at its first CRM call, which every
 * command makes before it writes anything (see {@link CrmChoice#UNCONFIGURED}).
 */
final class UnconfiguredModule extends AbstractModule {
    static final String MESSAGE = "no SuperOffice settings: set SO_* or pass --sandbox";

    @Provides
    SuperOfficeTenant tenant() {
        return () -> {
            throw new ConfigurationException(MESSAGE);
        };
    }
}
