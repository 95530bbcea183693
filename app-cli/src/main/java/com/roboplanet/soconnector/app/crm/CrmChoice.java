package com.roboplanet.soconnector.app.crm;

import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;

/** Which SuperOffice the commands talk to, decided once from the configuration. */
public enum CrmChoice {
    /** The tenant the SO_* settings name. */
    TENANT,
    /** The built-in sandbox: no SO_* key that names a tenant is set (see {@link SuperOfficeConfig#absent}). */
    SANDBOX;

    public static CrmChoice from(Configuration config) {
        return SuperOfficeConfig.absent(config) ? SANDBOX : TENANT;
    }
}
