package com.roboplanet.soconnector.app.crm;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.roboplanet.soconnector.app.Console;

/** SuperOffice is the built-in sandbox, started on the first CRM call and announced the way it was chosen. */
final class SandboxModule extends AbstractModule {
    private final boolean asked;

    /** @param asked chosen with --sandbox or SO_ENVIRONMENT=sandbox, rather than standing in for a missing tenant */
    SandboxModule(boolean asked) {
        this.asked = asked;
    }

    @Provides
    @Singleton
    SuperOfficeTenant tenant(Console console) {
        return new BuiltInSandbox(console, asked);
    }
}
