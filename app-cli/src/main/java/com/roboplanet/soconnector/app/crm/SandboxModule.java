package com.roboplanet.soconnector.app.crm;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/** SuperOffice is the built-in sandbox, started on the first CRM call. */
final class SandboxModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(SuperOfficeTenant.class).to(BuiltInSandbox.class).in(Singleton.class);
    }
}
