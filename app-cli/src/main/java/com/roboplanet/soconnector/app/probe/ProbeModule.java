package com.roboplanet.soconnector.app.probe;

import com.google.inject.AbstractModule;

/** What {@code probe} checks besides SuperOffice: the relay from SMTP_*, whether or not smtp-relay is configured. */
public final class ProbeModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(RelayProbe.class).to(ConfiguredRelayProbe.class);
    }
}
