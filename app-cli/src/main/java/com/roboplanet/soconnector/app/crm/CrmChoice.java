package com.roboplanet.soconnector.app.crm;

import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;
import com.roboplanet.soconnector.domain.model.TenantId;

/** Which SuperOffice the commands talk to, decided once from the configuration. */
public enum CrmChoice {
    /** The tenant the SO_* settings name. */
    TENANT,
    /** The built-in sandbox: no SO_* key that names a tenant is set (see {@link SuperOfficeConfig#absent}). */
    SANDBOX;

    public static CrmChoice from(Configuration config) {
        return SuperOfficeConfig.absent(config) ? SANDBOX : TENANT;
    }

    /**
     * The tenant this choice means: SO_ENVIRONMENT and SO_CONTEXT_IDENTIFIER, or the built-in sandbox's own, known
     * without starting it.
     *
     * @throws com.roboplanet.soconnector.app.config.ConfigurationException naming a missing or invalid key
     */
    public TenantId tenant(Configuration config) {
        return switch (this) {
            case TENANT -> SuperOfficeConfig.tenant(config);
            case SANDBOX -> BuiltInSandbox.TENANT;
        };
    }
}
