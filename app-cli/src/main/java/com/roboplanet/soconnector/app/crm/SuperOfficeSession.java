package com.roboplanet.soconnector.app.crm;

import com.google.inject.Singleton;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeConnection;
import jakarta.inject.Inject;

/**
 * The one connection of a run, opened on the first CRM call so that commands that need no CRM (a CSV report, help)
 * cost no network and no sandbox start. Closed once, by {@code Main}, after the command ran.
 */
@Singleton
public final class SuperOfficeSession implements AutoCloseable {
    private final SuperOfficeTenant tenant;
    private SuperOfficeConnection connection;

    @Inject
    SuperOfficeSession(SuperOfficeTenant tenant) {
        this.tenant = tenant;
    }

    public synchronized SuperOfficeConnection connection() {
        if (connection == null) {
            connection = SuperOfficeConnection.open(tenant.settings());
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
        tenant.close();
    }
}
