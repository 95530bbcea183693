package com.roboplanet.soconnector.app.crm;

import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeSettings;
import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;
import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.sandbox.SandboxCredentials;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
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
    private final boolean asked;
    private SuperOfficeSandbox sandbox;

    /** @param asked chosen with --sandbox or SO_ENVIRONMENT=sandbox; otherwise it stands in for a missing tenant */
    BuiltInSandbox(Console console, boolean asked) {
        this.console = console;
        this.asked = asked;
    }

    @Override
    public synchronized SuperOfficeSettings settings() {
        sandbox = SuperOfficeSandbox.start(SandboxOptions.defaults());
        String what = sandbox.options().salesCount() + " generated sales at " + sandbox.loginUrl();
        console.err()
                .println(
                        asked
                                ? "Using the built-in SuperOffice sandbox (" + what + "), as asked."
                                : "No SO_* settings found: using the built-in SuperOffice sandbox (" + what
                                        + "). See README 'Configuration' to use your tenant; scripts pass --sandbox.");
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
