package com.roboplanet.soconnector.archfixture.adapters.csv;

import jakarta.inject.Inject;

/** Breaks "only the app sees Guice and picocli". */
public final class GuiceInAnAdapter {
    @Inject
    public GuiceInAnAdapter() {}
}
