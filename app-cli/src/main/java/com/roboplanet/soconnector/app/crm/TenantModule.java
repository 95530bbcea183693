package com.roboplanet.soconnector.app.crm;

import com.google.inject.AbstractModule;

/** SuperOffice is the tenant the SO_* settings name. */
final class TenantModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(SuperOfficeTenant.class).to(ConfiguredTenant.class);
    }
}
