package com.roboplanet.soconnector.app.crm;

import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeSettings;

/** Where the connection goes: the configured tenant or the built-in sandbox. Asked once, on the first CRM call. */
@FunctionalInterface
interface SuperOfficeTenant extends AutoCloseable {

    /** @throws com.roboplanet.soconnector.app.config.ConfigurationException naming a missing or invalid SO_* key */
    SuperOfficeSettings settings();

    /** Releases what {@link #settings} started; a tenant elsewhere has nothing to release. */
    @Override
    default void close() {}
}
