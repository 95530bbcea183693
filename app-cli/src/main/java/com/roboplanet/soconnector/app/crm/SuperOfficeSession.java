package com.roboplanet.soconnector.app.crm;

import com.google.inject.Singleton;
import com.roboplanet.soconnector.adapters.superoffice.Sleeper;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeConnection;
import com.roboplanet.soconnector.adapters.superoffice.TransportListener;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The one connection of a run, opened on the first CRM call so that commands that need no CRM (a CSV report, help)
 * cost no network and no sandbox start. Closed once, by {@code Main}, after the command ran.
 */
@Singleton
public final class SuperOfficeSession implements AutoCloseable {
    private final SuperOfficeTenant tenant;
    private final TransportListener listener;
    private final Sleeper sleeper;
    private SuperOfficeConnection connection;

    /**
     * @param listener hears every request and wait (the progress display)
     * @param sleeper every wait of the connection (rate limit, back-off, Retry-After): tests pass one that does not
     *     sleep
     */
    @Inject
    SuperOfficeSession(SuperOfficeTenant tenant, TransportListener listener, Sleeper sleeper) {
        this.tenant = tenant;
        this.listener = listener;
        this.sleeper = sleeper;
    }

    public synchronized SuperOfficeConnection connection() {
        if (connection == null) {
            connection = SuperOfficeConnection.open(tenant.settings(), Clock.systemUTC(), sleeper);
            connection.listen(listener);
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
