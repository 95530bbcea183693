package com.roboplanet.soconnector.app.crm;

import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeSettings;
import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;
import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.sandbox.SandboxCredentials;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * The in-process sandbox, started on the first CRM call and announced on stderr, so that nobody mistakes its
 * generated sales for their own.
 */
final class BuiltInSandbox implements SuperOfficeTenant {
    /** The sandbox's tenant, fixed by its default seed: its journal and keys are its own. */
    static final TenantId TENANT =
            new TenantId("sandbox", SandboxOptions.defaults().contextIdentifier());

    private final Console console;
    private SuperOfficeSandbox sandbox;

    @Inject
    BuiltInSandbox(Console console) {
        this.console = console;
    }

    @Override
    public synchronized SuperOfficeSettings settings() {
        sandbox = SuperOfficeSandbox.start(SandboxOptions.defaults());
        console.err()
                .println("No SO_* settings found: using the built-in SuperOffice sandbox ("
                        + sandbox.options().salesCount() + " generated sales at " + sandbox.loginUrl()
                        + "). See README 'Configuration' to use your tenant.");
        SandboxCredentials c = sandbox.credentials();
        SuperOfficeSettings settings = SuperOfficeSettings.of(
                c.clientId(),
                c.clientSecret(),
                c.refreshToken(),
                "sandbox",
                c.contextIdentifier(),
                URI.create(sandbox.loginUrl()));
        // Loopback has no reason for the politeness limit a real tenant gets.
        return settings.withMaxRequestsPerSecond(1000).withUdfColumns(SuperOfficeConfig.SANDBOX_UDF_COLUMNS);
    }

    @Override
    public synchronized void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
