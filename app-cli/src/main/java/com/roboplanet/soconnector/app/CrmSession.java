package com.roboplanet.soconnector.app;

import com.google.inject.Singleton;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeConnection;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeSettings;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;
import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.RawSaleInspector;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.sandbox.SandboxCredentials;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;

/**
 * The connection to SuperOffice, opened on first use: a real tenant when SO_* settings are present, the
 * in-process sandbox when there are none. Opening lazily keeps commands that need no CRM (a CSV report,
 * help) free of network and start-up cost. Closed by {@link Main} after the command ran.
 */
@Singleton
public class CrmSession implements SuperOfficePorts, AutoCloseable {
    private final Configuration config;
    private final Console console;
    private SuperOfficeSandbox sandbox;
    private SuperOfficeConnection connection;

    @Inject
    public CrmSession(Configuration config, Console console) {
        this.config = config;
        this.console = console;
    }

    /** @param withQuoteLines also read each quoted sale's quote lines (Quote agent calls per quoted sale) */
    public SaleSource saleSource(boolean withQuoteLines) {
        return withQuoteLines
                ? connection().saleSourceWithQuoteLines()
                : connection().saleSource();
    }

    public CrmCatalogSource catalogSource() {
        return connection().catalogSource();
    }

    public RawSaleInspector rawSaleInspector() {
        return connection().rawSaleInspector();
    }

    @Override
    public CrmDirectory directory() {
        return connection().directory();
    }

    @Override
    public SendStrategy emailAgent() {
        return connection().emailAgent();
    }

    @Override
    public SendStrategy activityHandoff() {
        return connection().activityHandoff(SuperOfficeConfig.mailSettings(config));
    }

    @Override
    public MailArchive mailArchive() {
        return connection().mailArchive(SuperOfficeConfig.mailSettings(config));
    }

    @Override
    public List<ProbeRow> probe() {
        return connection().probe(SuperOfficeConfig.mailSettings(config));
    }

    private synchronized SuperOfficeConnection connection() {
        if (connection == null) {
            connection = SuperOfficeConnection.open(settings());
        }
        return connection;
    }

    private SuperOfficeSettings settings() {
        if (!SuperOfficeConfig.absent(config)) {
            return SuperOfficeConfig.settings(config);
        }
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
        if (connection != null) {
            connection.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
